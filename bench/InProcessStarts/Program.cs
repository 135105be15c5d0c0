using System.Diagnostics;
using System.Globalization;
using Rememberizer.Contract.Testing;

// Starts mocks one after another in this process, each answering one authenticated request before it is disposed,
// and prints the first start and the median of the others, in milliseconds.
var starts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var times = new List<long>();
for (var i = 0; i < starts; i++)
{
    var clock = Stopwatch.StartNew();
    await using var mock = await RememberizerMock.StartAsync();
    using var client = mock.CreateClient();
    client.DefaultRequestHeaders.Add("X-API-Key", mock.Keys.CommonKnowledge);
    using var answer = await client.GetAsync("account/");
    answer.EnsureSuccessStatusCode();
    times.Add(clock.ElapsedMilliseconds);
}

var later = times.Skip(1).Order().ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"first mock {times[0]} ms; each later one: median {(later.Count == 0 ? 0 : later[later.Count / 2])} ms (min {later.FirstOrDefault()}, max {later.LastOrDefault()}, {later.Count} starts)"));
