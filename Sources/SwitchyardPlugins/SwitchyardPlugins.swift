// The plugin aggregator: its registration function is generated at build time by the
// PluginRegistryGenerator build-tool plugin from the `plugins` list in Package.swift.
import SwitchyardPluginAPI

/// A registry holding every plugin of this build, plus whatever `extra` registers (built-ins, tests).
public func makePluginRegistry(_ extra: (inout PluginRegistry) -> Void = { _ in }) -> PluginRegistry {
    var registry = PluginRegistry()
    extra(&registry)
    registerAllPlugins(into: &registry)
    return registry
}
