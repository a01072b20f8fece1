using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;

namespace Returns.Tests.Infra;

/// <summary>
/// Runs the Bicep CLI of the Azure.Bicep.CommandLine.linux-x64 package. Its path is baked into this assembly
/// (AssemblyMetadata "BicepPath", from the package's $(BicepPath)) so the tests never depend on a global install.
/// </summary>
internal static class BicepCli
{
    // The CLI takes a few seconds to start (single-file .NET app); a hang must not stall the whole test run.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> Executable = new(Locate);

    public static BicepResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            WorkingDirectory = Browser.RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Cannot run the Bicep CLI at {Executable.Value} ({e.Message}). The package ships it as rwxr--r--: run the tests as its owner or chmod +x it.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in {Timeout}.");
            }

            return new BicepResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    private static string Locate()
    {
        var configured = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                "The test assembly has no BicepPath metadata: Returns.Tests.csproj must reference Azure.Bicep.CommandLine.linux-x64 (which defines $(BicepPath)).");
        }

        var path = Path.GetFullPath(configured);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The Bicep CLI is missing at {path}: restore the Azure.Bicep.CommandLine.linux-x64 package.", path);
    }
}
