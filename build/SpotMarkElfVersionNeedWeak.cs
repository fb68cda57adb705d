// Compiled by MSBuild's RoslynCodeTaskFactory from PatchLibTorchSharp.targets; not part of any project.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class SpotMarkElfVersionNeedWeak : Task
{
    private const uint ShtDynSym = 11;
    private const uint ShtGnuVerNeed = 0x6ffffffe;
    private const uint ShtGnuVerSym = 0x6fffffff;
    private const ushort VerFlgWeak = 0x2;

    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string VersionName { get; set; } = "";
    [Required] public string AllowedSymbols { get; set; } = "";

    public override bool Execute()
    {
        var allowed = new HashSet<string>(AllowedSymbols.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries));
        foreach (var item in Files)
        {
            try
            {
                PatchOne(item.ItemSpec, allowed);
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is ArgumentException)
            {
                Log.LogError("Spot: cannot mark {0} weak in {1}: {2}", VersionName, item.ItemSpec, e.Message);
            }
        }
        return !Log.HasLoggedErrors;
    }

    private void PatchOne(string path, HashSet<string> allowed)
    {
        var elf = File.ReadAllBytes(path);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("only 64-bit little-endian ELF is supported");

        var sections = ReadSections(elf);
        var verNeed = sections.FirstOrDefault(s => s.Type == ShtGnuVerNeed)
            ?? throw new InvalidDataException("no .gnu.version_r section");
        var verNeedStrings = sections[(int)verNeed.Link];

        // Walk Verneed entries (16 bytes) and their Vernaux entries (16 bytes) looking for the version by name.
        long needOffset = verNeed.Offset;
        for (uint need = 0; need < verNeed.Info; need++)
        {
            int auxCount = U16(elf, needOffset + 2);
            long auxOffset = needOffset + U32(elf, needOffset + 8);
            for (int aux = 0; aux < auxCount; aux++)
            {
                string name = CString(elf, verNeedStrings.Offset + U32(elf, auxOffset + 8));
                if (name == VersionName)
                {
                    MarkWeak(path, elf, sections, auxOffset, allowed);
                    return;
                }
                auxOffset += U32(elf, auxOffset + 12);
            }
            needOffset += U32(elf, needOffset + 12);
        }
        Log.LogMessage(MessageImportance.Low, "Spot: {0} does not require {1}; nothing to patch.", path, VersionName);
    }

    private void MarkWeak(string path, byte[] elf, List<Section> sections, long auxOffset, HashSet<string> allowed)
    {
        ushort flags = (ushort)U16(elf, auxOffset + 4);
        if ((flags & VerFlgWeak) != 0)
        {
            Log.LogMessage(MessageImportance.Low, "Spot: {0} already marks {1} weak.", path, VersionName);
            return;
        }

        int versionIndex = U16(elf, auxOffset + 6);
        foreach (var symbol in SymbolsBoundTo(elf, sections, versionIndex))
        {
            if (!allowed.Contains(symbol))
                throw new InvalidDataException($"symbol {symbol} needs {VersionName}; weakening it would hide missing code");
        }

        flags |= VerFlgWeak;
        elf[auxOffset + 4] = (byte)(flags & 0xff);
        elf[auxOffset + 5] = (byte)(flags >> 8);

        // Two bytes written in place keep the file's mode and inode. The SDK copies (never hard-links) package
        // files by default, so the NuGet cache keeps the original; the time is kept so incremental copies stay quiet.
        var lastWrite = File.GetLastWriteTimeUtc(path);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            stream.Position = auxOffset + 4;
            stream.Write(elf, (int)auxOffset + 4, 2);
            stream.Flush(flushToDisk: true);
        }
        File.SetLastWriteTimeUtc(path, lastWrite);
        Log.LogMessage(MessageImportance.Normal, "Spot: marked {0} weak in {1}.", VersionName, path);
    }

    private static IEnumerable<string> SymbolsBoundTo(byte[] elf, List<Section> sections, int versionIndex)
    {
        var dynSym = sections.FirstOrDefault(s => s.Type == ShtDynSym);
        var verSym = sections.FirstOrDefault(s => s.Type == ShtGnuVerSym);
        if (dynSym == null || verSym == null) yield break;
        var symbolStrings = sections[(int)dynSym.Link];
        long count = dynSym.Size / 24;
        for (long i = 0; i < count; i++)
        {
            if ((U16(elf, verSym.Offset + i * 2) & 0x7fff) != versionIndex) continue;
            yield return CString(elf, symbolStrings.Offset + U32(elf, dynSym.Offset + i * 24));
        }
    }

    private static List<Section> ReadSections(byte[] elf)
    {
        long tableOffset = (long)U64(elf, 0x28);
        int entrySize = U16(elf, 0x3A);
        int count = U16(elf, 0x3C);
        if (entrySize < 64 || tableOffset + (long)entrySize * count > elf.Length)
            throw new InvalidDataException("section header table lies outside the file");
        var sections = new List<Section>(count);
        for (int i = 0; i < count; i++)
        {
            long at = tableOffset + (long)i * entrySize;
            sections.Add(new Section(U32(elf, at + 4), (long)U64(elf, at + 0x18), (long)U64(elf, at + 0x20),
                U32(elf, at + 0x28), U32(elf, at + 0x2C)));
        }
        return sections;
    }

    private static int U16(byte[] b, long at) => b[at] | b[at + 1] << 8;
    private static uint U32(byte[] b, long at) => BitConverter.ToUInt32(b, checked((int)at));
    private static ulong U64(byte[] b, long at) => BitConverter.ToUInt64(b, checked((int)at));

    private static string CString(byte[] b, long at)
    {
        long end = at;
        while (end < b.Length && b[end] != 0) end++;
        return Encoding.ASCII.GetString(b, checked((int)at), checked((int)(end - at)));
    }

    private sealed class Section
    {
        public Section(uint type, long offset, long size, uint link, uint info)
        {
            Type = type; Offset = offset; Size = size; Link = link; Info = info;
        }
        public uint Type { get; }
        public long Offset { get; }
        public long Size { get; }
        public uint Link { get; }
        public uint Info { get; }
    }
}
