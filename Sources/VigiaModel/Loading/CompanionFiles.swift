import Foundation

/// The JSON files of one subfolder of a data folder (`briefings/`, `scenarios/`), each loaded on
/// its own, so `vigia validate` can report every file's problems and count the good ones.
public enum CompanionFiles {
    /// Every `*.json` in `dataFolder/folderName`, by name, with what `load` made of it or why it
    /// could not; `displayPath` names the data folder as the user typed it. No folder: none.
    public static func loadAll<Loaded>(
        _ folderName: String, in dataFolder: URL, displayPath: String,
        load: (URL, String) throws(LoadFailure) -> Loaded
    ) -> [(file: String, result: Result<Loaded, LoadFailure>)] {
        let folder = dataFolder.appendingPathComponent(folderName)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let shownFolder = (displayPath as NSString).appendingPathComponent(folderName)
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
            let shown = (shownFolder as NSString).appendingPathComponent(name)
            let result = Result { () throws(LoadFailure) -> Loaded in try load(folder.appendingPathComponent(name), shown) }
            return (shown, result)
        }
    }
}
