#include "cli/args.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "extract/base/suggest.h"
#include "extract/base/user_error.h"

namespace actorgraph {

Args::Args(std::vector<std::string> args, std::string command)
    : args_(std::move(args)),
      used_(args_.size(), false),
      command_(std::move(command)) {}

void Args::Fail(const std::string& message) const {
  throw UserError(
      command_ + ": " + message + " (see '" + command_ + " --help')",
      kExitUsage);
}

void Args::Know(const std::string& name) {
  if (!name.empty() &&
      std::find(known_.begin(), known_.end(), name) == known_.end()) {
    known_.push_back(name);
  }
}

bool Args::Flag(const std::string& name) {
  Know(name);
  bool found = false;
  for (size_t i = 0; i < args_.size(); ++i) {
    if (!used_[i] && args_[i] == name) {
      used_[i] = true;
      found = true;
    }
  }
  return found;
}

bool Args::Take(size_t i, const std::string& name, std::string* value) {
  const std::string& a = args_[i];
  if (a == name) {
    if (i + 1 >= args_.size()) Fail(name + " needs a value");
    used_[i] = used_[i + 1] = true;
    *value = args_[i + 1];
    return true;
  }
  // "-j4": a one-letter option with its value attached.
  bool short_attached = name.size() == 2 && name[0] == '-' && name[1] != '-' &&
                        a.size() > 2 && a.compare(0, 2, name) == 0;
  if (short_attached) {
    used_[i] = true;
    *value = a.substr(2);
    return true;
  }
  if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 &&
      a[name.size()] == '=') {
    used_[i] = true;
    *value = a.substr(name.size() + 1);
    return true;
  }
  return false;
}

std::vector<std::string> Args::Values(const std::string& name,
                                      const std::string& alias) {
  Know(name);
  Know(alias);
  std::vector<std::string> out;
  for (size_t i = 0; i < args_.size(); ++i) {
    if (used_[i]) continue;
    std::string v;
    if (Take(i, name, &v) || (!alias.empty() && Take(i, alias, &v))) {
      out.push_back(v);
    }
  }
  return out;
}

std::string Args::Value(const std::string& name, const std::string& fallback) {
  return Value(name, "", fallback);
}

std::string Args::Value(const std::string& name, const std::string& alias,
                        const std::string& fallback) {
  std::vector<std::string> v = Values(name, alias);
  if (v.size() > 1) Fail(name + " given more than once");
  return v.empty() ? fallback : v[0];
}

long Args::Number(const std::string& name, const std::string& alias,
                  long fallback, long min, long max) {
  std::string text = Value(name, alias, "");
  if (text.empty()) return fallback;
  char* end = nullptr;
  long n = std::strtol(text.c_str(), &end, 10);
  if (*end != '\0' || n < min || n > max) {
    Fail(name + " takes a whole number from " + std::to_string(min) + " to " +
         std::to_string(max) + ", got '" + text + "'");
  }
  return n;
}

bool Args::Pair(const std::string& name, std::string* first,
                std::string* second) {
  Know(name);
  bool found = false;
  for (size_t i = 0; i < args_.size(); ++i) {
    if (used_[i] || args_[i] != name) continue;
    if (found) Fail(name + " given more than once");
    if (i + 2 >= args_.size()) Fail(name + " needs two values");
    used_[i] = used_[i + 1] = used_[i + 2] = true;
    *first = args_[i + 1];
    *second = args_[i + 2];
    found = true;
  }
  return found;
}

std::vector<std::string> Args::List(const std::string& name,
                                    const std::string& alias) {
  std::vector<std::string> out;
  for (const std::string& value : Values(name, alias)) {
    std::stringstream parts(value);
    std::string part;
    while (std::getline(parts, part, ',')) {
      if (part.empty()) Fail(name + " has an empty item in '" + value + "'");
      out.push_back(part);
    }
  }
  return out;
}

void Args::CheckChoices(const std::vector<std::string>& values,
                        const std::vector<std::string>& valid,
                        const std::string& what) const {
  for (const std::string& v : values) {
    if (std::find(valid.begin(), valid.end(), v) != valid.end()) continue;
    std::string near = Suggest(v, valid);
    Fail("unknown " + what + " '" + v + "' (" +
         (near.empty() ? "" : "did you mean '" + near + "'?; ") +
         "valid: " + OneOf(valid) + ")");
  }
}

std::vector<std::string> Args::Rest() {
  std::vector<std::string> out;
  for (size_t i = 0; i < args_.size(); ++i) {
    if (used_[i]) continue;
    if (args_[i].size() > 1 && args_[i][0] == '-') {
      std::string name = args_[i].substr(0, args_[i].find('='));
      Fail("unknown option '" + args_[i] + "'" + DidYouMean(name, known_));
    }
    out.push_back(args_[i]);
  }
  return out;
}

}  // namespace actorgraph
