#include "cli/args.h"

#include <cstdlib>

#include "extract/base/user_error.h"

namespace actorgraph {

Args::Args(std::vector<std::string> args, std::string command)
    : args_(std::move(args)), used_(args_.size(), false),
      command_(std::move(command)) {}

void Args::Fail(const std::string& message) const {
  throw UserError(command_ + ": " + message + " (see '" + command_ + " --help')",
                  kExitUsage);
}

bool Args::Flag(const std::string& name) {
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

std::vector<std::string> Args::Rest() {
  std::vector<std::string> out;
  for (size_t i = 0; i < args_.size(); ++i) {
    if (used_[i]) continue;
    if (args_[i].size() > 1 && args_[i][0] == '-') {
      Fail("unknown option '" + args_[i] + "'");
    }
    out.push_back(args_[i]);
  }
  return out;
}

}  // namespace actorgraph
