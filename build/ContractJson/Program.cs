using Rememberizer.Contract.Build.ContractJson;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Rememberizer.Contract.Build.ContractJson <spec.yml> <out.json>");
    return 2;
}

using var yaml = File.OpenText(args[0]);
var json = ContractYaml.ToJson(yaml);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
File.WriteAllText(args[1], json);
return 0;
