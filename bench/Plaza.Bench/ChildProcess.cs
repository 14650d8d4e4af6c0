using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Plaza.Bench;

/// <summary>
/// A server the bench starts as an OS process of its own (an app node, redis-server), so its memory and CPU are its own:
/// the last lines it printed (for when it fails), its resident memory and its CPU time, read from /proc.
/// Killed on dispose (<see cref="LiveChatNodes"/> also on Ctrl+C and SIGTERM); nothing it leaves is kept.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    public ChildProcess(string name, string file, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        Name = name;
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Tail { get { lock (_tail) return string.Join('\n', _tail); } }

    /// <summary>Completes when the process prints a line containing <paramref name="text"/> (from now on).</summary>
    public Task Printed(string text)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_tail) _awaited.Add((text, seen));
        return seen.Task;
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 100) _tail.Dequeue();
            foreach (var (text, seen) in _awaited)
                if (line.Contains(text, StringComparison.Ordinal)) seen.TrySetResult();
        }
    }

    /// <summary>Resident memory now (VmRSS), in MiB; 0 once it has exited.</summary>
    public double RssMiB() => ReadRssMiB($"/proc/{Id}/status");

    public static double ReadRssMiB(string statusFile)
    {
        try
        {
            var line = File.ReadLines(statusFile).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>CPU time used so far, user and system together.</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Waits until a TCP connection to the loopback port is accepted, or fails with the process's last lines.</summary>
    public async Task WaitForPort(int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (HasExited) throw new InvalidOperationException($"{Name} exited:\n{Tail}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < timeout)
            {
                await Task.Delay(100);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                // SIGKILL is fine: these servers keep nothing the bench needs afterwards.
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }
}
