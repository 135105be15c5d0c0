using System.Globalization;
using Rememberizer.Contract.Fake.Documents;

namespace Rememberizer.Contract.Fake.Mementos;

/// <summary>
/// Resolves the ids and folders of a memento change against the user's documents. Ids of other users' documents
/// are unknown here, exactly like ids that do not exist.
/// </summary>
public sealed record MementoChangePlan(IReadOnlyList<int> Add, IReadOnlyList<int> Remove, IReadOnlyDictionary<string, string> Errors)
{
    public static MementoChangePlan Resolve(DocumentShelf shelf, MementoDocumentChange change)
    {
        var errors = new Dictionary<string, string>();
        var add = Known(shelf, change.Add, "add", errors);
        var remove = Known(shelf, change.Remove, "remove", errors);

        var documents = change.FolderAdd.Count > 0 ? shelf.All() : [];
        var emptyFolders = new List<string>();
        foreach (var folder in change.FolderAdd)
        {
            var prefix = folder.TrimEnd('/') + "/";
            var inFolder = documents.Where(d => d.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(d => d.Id).ToList();
            if (inFolder.Count == 0)
            {
                emptyFolders.Add(folder);
            }

            add.AddRange(inFolder);
        }

        if (emptyFolders.Count > 0)
        {
            errors["folder_add"] = $"No documents in folders: {string.Join(", ", emptyFolders)}.";
        }

        return new MementoChangePlan(add, remove, errors);
    }

    private static List<int> Known(DocumentShelf shelf, IReadOnlyList<string> ids, string field, Dictionary<string, string> errors)
    {
        var known = new List<int>();
        var unknown = new List<string>();
        foreach (var raw in ids)
        {
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && shelf.Find(id) is not null)
            {
                known.Add(id);
            }
            else
            {
                unknown.Add(raw);
            }
        }

        if (unknown.Count > 0)
        {
            errors[field] = $"Unknown document ids: {string.Join(", ", unknown)}.";
        }

        return known;
    }
}
