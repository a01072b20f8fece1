using System.Diagnostics;
using System.Globalization;

namespace Returns.Load;

/// <summary>
/// CPU seconds used by named processes (the host, Azurite) and by the generator itself during a stage, read from
/// /proc/PID/stat on Linux: on a shared machine it shows which process a stage was waiting for.
/// </summary>
internal sealed class CpuWatch(IReadOnlyDictionary<string, int> processes)
{
    private const double ClockTicksPerSecond = 100; // USER_HZ, 100 on Linux

    public IReadOnlyDictionary<string, double> Snapshot()
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal) { ["load"] = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds };
        foreach (var (name, pid) in processes)
            result[name] = Seconds(pid);
        return result;
    }

    public static IReadOnlyDictionary<string, double> Between(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after) =>
        after.ToDictionary(a => a.Key, a => Math.Round(a.Value - before.GetValueOrDefault(a.Key), 1), StringComparer.Ordinal);

    private static double Seconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }
}
