// Writes the Swift file that registers every listed plugin module. Arguments: output path, module names.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write("usage: PluginRegistryTool OUTPUT [MODULE...]\n".data(using: .utf8)!)
    exit(2)
}
let modules = Array(arguments.dropFirst())
var text = """
    // Generated at build time by PluginRegistryTool from the `plugins` list in Package.swift. Do not edit.
    import SwitchyardPluginAPI

    """
for module in modules { text += "import \(module)\n" }
text += """

    /// Registers every plugin module listed in Package.swift.
    public func registerAllPlugins(into registry: inout PluginRegistry) {

    """
for module in modules { text += "    \(module).registerPlugins(into: &registry)\n" }
text += "}\n\n/// The plugin modules this build was generated with.\npublic let registeredPluginModules: [String] = ["
text += modules.map { "\"\($0)\"" }.joined(separator: ", ") + "]\n"
// Only rewrite when the text changes, so an unchanged list does not recompile its dependents.
if (try? String(contentsOfFile: output, encoding: .utf8)) != text {
    try text.write(toFile: output, atomically: true, encoding: .utf8)
}
