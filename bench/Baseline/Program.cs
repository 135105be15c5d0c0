using System.Text.Json.Nodes;

// Serves, for each path, the JSON body the mock answered for it (captured by bench/run.sh into a folder given as
// the first argument), serialized anew on every request as an API would serialize its objects.
var bodies = Directory.GetFiles(args[0], "*.json")
    .ToDictionary(file => "/" + Path.GetFileNameWithoutExtension(file).Replace('~', '/'), file => JsonNode.Parse(File.ReadAllText(file))!);

var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
foreach (var (path, body) in bodies)
{
    app.MapGet(path, () => Results.Json(body));
}

app.Run();
