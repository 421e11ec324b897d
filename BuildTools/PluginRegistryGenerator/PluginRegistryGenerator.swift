import Foundation
import PackagePlugin

/// Generates `registerAllPlugins(into:)` for the target it is applied to, from that target's plugin
/// dependencies (the `plugins` list in Package.swift), and fails the build when a folder in `plugins/`
/// is not in that list, saying which line to add.
@main
struct PluginRegistryGenerator: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let pluginsFolder = context.package.directoryURL.appending(path: "plugins").standardizedFileURL.path
        var listed: [String] = []
        for dependency in target.dependencies {
            guard case .target(let t) = dependency else { continue }
            if t.directoryURL.standardizedFileURL.path.hasPrefix(pluginsFolder + "/") { listed.append(t.name) }
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: pluginsFolder)) ?? []
        let unlisted = present.filter { name in
            var isDirectory: ObjCBool = false
            let path = pluginsFolder + "/" + name
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                && isDirectory.boolValue && !listed.contains(name)
        }.sorted()
        if !unlisted.isEmpty {
            for name in unlisted {
                Diagnostics.error(
                    "plugins/\(name) is not registered: add \"\(name)\", to the `plugins` list at the top of Package.swift")
            }
            throw UnlistedPlugins(names: unlisted)
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "RegisterAllPlugins.swift")
        return [
            .buildCommand(
                displayName: "Generating the plugin registry (\(listed.count) plugins)",
                executable: try context.tool(named: "PluginRegistryTool").url,
                arguments: [output.path] + listed.sorted(),
                inputFiles: [],
                outputFiles: [output]
            )
        ]
    }
}

struct UnlistedPlugins: Error, CustomStringConvertible {
    let names: [String]
    var description: String {
        "plugins/ has folders Package.swift does not list: \(names.joined(separator: ", ")); "
            + "add each name to the `plugins` list at the top of Package.swift"
    }
}
