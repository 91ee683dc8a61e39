using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Suite.AppHost.Hosting;

/// <summary>
/// One child process: output lines go to the console with the resource's prefix; stopping sends SIGTERM
/// (the service shuts down gracefully) and kills the process tree if it has not exited within ten seconds.
/// </summary>
public sealed class SupervisedProcess(string name, ProcessStartInfo startInfo, ConsoleLog log)
{
    private const int SigTerm = 15;
    private Process? _process;

    public int? Id => _process is { HasExited: false } p ? p.Id : null;

    public Task Exited { get; private set; } = Task.CompletedTask;

    public int ExitCode => _process?.ExitCode ?? 0;

    public void Start()
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Line(name, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Line(name, e.Data); };
        process.Exited += (_, _) => exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Exited = exited.Task;
    }

    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }
        Kill(process.Id, SigTerm);
        if (await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(10))) != Exited)
        {
            process.Kill(entireProcessTree: true);
            await Exited;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
