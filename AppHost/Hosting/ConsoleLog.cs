namespace Suite.AppHost.Hosting;

/// <summary>Writes each resource's output lines prefixed with its name, in its own colour, one line at a time.</summary>
public sealed class ConsoleLog
{
    private static readonly ConsoleColor[] Palette = [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan];
    private readonly Dictionary<string, ConsoleColor> _colors = [];
    private readonly Lock _lock = new();
    private readonly int _width;

    public ConsoleLog(IEnumerable<string> names)
    {
        var all = names.Append("apphost").ToList();
        _width = all.Max(n => n.Length);
        for (var i = 0; i < all.Count; i++)
        {
            _colors[all[i]] = Palette[i % Palette.Length];
        }
    }

    public void Line(string source, string text)
    {
        lock (_lock)
        {
            var previous = Console.ForegroundColor;
            Console.ForegroundColor = _colors.GetValueOrDefault(source, ConsoleColor.Gray);
            Console.Write($"[{source.PadRight(_width)}] ");
            Console.ForegroundColor = previous;
            Console.WriteLine(text);
        }
    }

    public void Host(string text) => Line("apphost", text);

    public void Block(string text)
    {
        lock (_lock)
        {
            Console.WriteLine(text);
        }
    }
}
