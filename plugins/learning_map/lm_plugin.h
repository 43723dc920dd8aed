// lm_plugin.h - the plugin's descriptor, for tests and the benchmark that
// link the plugin's sources and load it in process.
#pragma once

#include <workbench/abi.h>

namespace learning_map {

// The same descriptor the exported entry symbol returns.
const wb_plugin_descriptor* descriptor();

} // namespace learning_map
