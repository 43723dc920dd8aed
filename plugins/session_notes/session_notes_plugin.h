// session_notes_plugin.h - the plugin's descriptor, for tests that link the
// plugin's sources into their own executable and load it in process.
#pragma once

#include <workbench/abi.h>

namespace session_notes {

// The same descriptor the exported entry symbol returns.
const wb_plugin_descriptor* descriptor();

} // namespace session_notes
