using System.Diagnostics;
using System.Globalization;
using Gateway.Marc;

namespace Gateway.Marc.Benchmarks;

/// <summary>One run, one file: this library (binary → view, binary → model, binary → MARCXML) against yaz-marcdump -o marcxml.</summary>
internal static class Harness
{
    private sealed record Measurement(string Name, int Records, double Seconds, double CpuSeconds, long Bytes, double AllocatedPerRecord);

    public static int Run(string path, int repeats, bool withYaz)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            Console.Error.WriteLine($"No file {path}.");
            return 2;
        }

        var size = info.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"File: {path}, {size / 1e6:F1} MB; best of {repeats} after one warm-up; .NET {Environment.Version}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}"));

        Floor(path);
        var results = new List<Measurement>
        {
            Best(repeats, () => ToView(path, size))!,
            Best(repeats, () => ToModel(path, size))!,
            Best(repeats, () => ToMarcXml(path, size))!,
            Best(repeats, () => ViewsToMarcXml(path, size))!,
        };

        if (withYaz)
        {
            var yaz = Best(repeats, () => Yaz(path, size, results[0].Records));
            if (yaz is not null)
            {
                results.Add(yaz);
            }
        }

        var reference = results.FirstOrDefault(r => r.Name.StartsWith("yaz", StringComparison.Ordinal));
        Console.WriteLine();
        Console.WriteLine("Wall: elapsed time. CPU: user + system CPU time of the work (less sensitive to other load on the machine).");
        Console.WriteLine($"{"Measurement",-44} {"records",9} {"wall s",7} {"records/s",10} {"MB/s",6} {"vs yaz",7} {"CPU s",6} {"rec/CPU s",10} {"vs yaz",7} {"alloc B/rec",11}");
        foreach (var r in results)
        {
            var perSecond = r.Records / r.Seconds;
            var perCpu = r.Records / r.CpuSeconds;
            var ratio = reference is null ? "-" : (perSecond / (reference.Records / reference.Seconds)).ToString("F2", CultureInfo.InvariantCulture) + "x";
            var cpuRatio = reference is null ? "-" : (perCpu / (reference.Records / reference.CpuSeconds)).ToString("F2", CultureInfo.InvariantCulture) + "x";
            var alloc = double.IsNaN(r.AllocatedPerRecord) ? "-" : r.AllocatedPerRecord.ToString("F0", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-44} {r.Records,9:N0} {r.Seconds,7:F3} {perSecond,10:N0} {r.Bytes / 1e6 / r.Seconds,6:F1} {ratio,7} {r.CpuSeconds,6:F3} {perCpu,10:N0} {cpuRatio,7} {alloc,11}"));
        }

        return 0;
    }

    private static Measurement? Best(int repeats, Func<Measurement?> run)
    {
        var warm = run();
        if (warm is null)
        {
            return null;
        }

        Measurement? best = null;
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var m = run()!;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Name}: {m.Records / m.Seconds:N0} records/s wall, {m.Records / m.CpuSeconds:N0} records/CPU s"));
            if (best is null || m.Seconds < best.Seconds)
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>
    /// What the model cannot avoid allocating with one string per value: the leader and every non-empty control
    /// field and subfield value as its own string (20 bytes of object header and length, 2 bytes a character plus a
    /// terminator, rounded up to 8).
    /// </summary>
    private static void Floor(string path)
    {
        using var stream = Open(path);
        long records = 0, fields = 0, subfields = 0, strings = 0, stringBytes = 0;
        foreach (var record in Iso2709Reader.Read(stream))
        {
            records++;
            Add(record.Leader);
            foreach (var field in record.Fields)
            {
                fields++;
                switch (field)
                {
                    case ControlField c:
                        Add(c.Value);
                        break;
                    case DataField d:
                        foreach (var s in d.Subfields)
                        {
                            subfields++;
                            Add(s.Value);
                        }

                        break;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Per record: {fields / (double)records:F1} fields, {subfields / (double)records:F1} subfields, {strings / (double)records:F1} strings; the strings alone take {stringBytes / (double)records:F0} bytes (the floor with one string per value)."));

        void Add(string value)
        {
            if (value.Length > 0)
            {
                strings++;
                stringBytes += (20 + (2 * (value.Length + 1)) + 7) & ~7;
            }
        }
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>
    /// binary -> view: every record read into the reused <see cref="MarcRecordView"/>, every field and subfield
    /// touched as UTF-8 bytes (lengths and codes summed, the 001 found), no strings made.
    /// </summary>
    private static Measurement ToView(string path, long size)
    {
        using var stream = Open(path);
        var count = 0;
        var touched = 0L;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        foreach (var view in Iso2709Reader.ReadViews(stream))
        {
            count++;
            touched += view.Leader[9];
            foreach (var field in view.Fields)
            {
                touched += field.TagNumber;
                if (field.IsControlField)
                {
                    touched += field.Value.Length;
                    continue;
                }

                touched += field.Indicator1 + field.Indicator2;
                foreach (var subfield in field.Subfields)
                {
                    touched += subfield.Code + subfield.Value.Length;
                }
            }
        }

        watch.Stop();
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(touched);
        return new Measurement("Gateway.Marc binary -> view (bytes, no strings)", count, watch.Elapsed.TotalSeconds, cpuSeconds, size, allocated / (double)count);
    }

    private static Measurement ToModel(string path, long size)
    {
        using var stream = Open(path);
        var count = 0;
        var fields = 0L;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        foreach (var record in Iso2709Reader.Read(stream))
        {
            count++;
            fields += record.Fields.Count;
        }

        watch.Stop();
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(fields);
        return new Measurement("Gateway.Marc binary -> model", count, watch.Elapsed.TotalSeconds, cpuSeconds, size, allocated / (double)count);
    }

    private static Measurement ToMarcXml(string path, long size)
    {
        using var stream = Open(path);
        var count = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        MarcXmlWriter.WriteCollection(Stream.Null, Counted(Iso2709Reader.Read(stream), () => count++));
        watch.Stop();
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new Measurement("Gateway.Marc binary -> MARCXML (null stream)", count, watch.Elapsed.TotalSeconds, cpuSeconds, size, allocated / (double)count);
    }

    /// <summary>binary -> MARCXML as the CLI writes it: straight from each view's UTF-8 bytes, indented, no model.</summary>
    private static Measurement ViewsToMarcXml(string path, long size)
    {
        using var stream = Open(path);
        var count = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        using (var writer = new MarcXmlCollectionWriter(Stream.Null, indent: true))
        {
            foreach (var view in Iso2709Reader.ReadViews(stream))
            {
                count++;
                writer.Write(view);
            }

            writer.Complete();
        }

        watch.Stop();
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new Measurement("Gateway.Marc binary -> view -> MARCXML (null)", count, watch.Elapsed.TotalSeconds, cpuSeconds, size, allocated / (double)count);
    }

    private static IEnumerable<MarcRecord> Counted(IEnumerable<MarcRecord> records, Action onRecord)
    {
        foreach (var record in records)
        {
            onRecord();
            yield return record;
        }
    }

    private static Measurement? Yaz(string path, long size, int records)
    {
        // bash's times builtin prints the children's user and system CPU time on its second line.
        var start = new ProcessStartInfo("/bin/bash")
        {
            ArgumentList = { "-c", "yaz-marcdump -o marcxml \"$0\" > /dev/null || exit $?; times", path },
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var watch = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"yaz-marcdump not run: {e.Message}");
            return null;
        }

        var errorsTask = process.StandardError.ReadToEndAsync();
        var times = process.StandardOutput.ReadToEnd();
        var errors = errorsTask.Result;
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"yaz-marcdump failed ({process.ExitCode}): {errors}");
            return null;
        }

        var lines = times.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var cpuSeconds = lines.Length >= 2 ? lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(BashTime) : double.NaN;
        return new Measurement("yaz-marcdump -o marcxml FILE > /dev/null", records, watch.Elapsed.TotalSeconds, cpuSeconds, size, double.NaN);
    }

    /// <summary>Seconds from bash's "1m2.345s".</summary>
    private static double BashTime(string value)
    {
        var m = value.IndexOf('m', StringComparison.Ordinal);
        return (double.Parse(value[..m], CultureInfo.InvariantCulture) * 60) + double.Parse(value[(m + 1)..^1], CultureInfo.InvariantCulture);
    }
}
