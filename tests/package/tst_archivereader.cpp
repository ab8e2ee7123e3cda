// ArchiveReader on real zip and tar.gz archives written at test time with libarchive's writer:
// the top-level pipeline.yaml found wherever it sits, else the first entry if it is a YAML file
// (the server's rule), a nested pipeline.yaml reported, the entry list
// and its cap, the size limit (declared in the header or found while inflating a zip bomb), and
// archives that are truncated, empty, of the other format or no archive at all.

#include "PackageTestUtil.h"

#include "package/ArchiveReader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kfp;
using namespace kfp::test;

namespace {

using Format = ArchiveReader::Format;
using Status = ArchiveReader::Status;

const QByteArray kYaml = "# PIPELINE DEFINITION\n"
                         "# Name: hello\n"
                         "pipelineInfo:\n"
                         "  name: hello\n"
                         "schemaVersion: 2.1.0\n";

QString statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("Ok");
    case Status::NotFound:
        return QStringLiteral("NotFound");
    case Status::Corrupt:
        return QStringLiteral("Corrupt");
    case Status::TooLarge:
        return QStringLiteral("TooLarge");
    }
    return QStringLiteral("?");
}

ArchiveFormat writerFormat(Format f)
{
    return f == Format::Zip ? ArchiveFormat::Zip : ArchiveFormat::TarGz;
}

// Bytes that do not compress, so that a cut in the middle of the file lands in its data.
QByteArray noise(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

// A symbolic link entry (libarchive writer), next to one regular file.
QByteArray archiveWithSymlink(const QString &path, Format format, const QString &linkName,
                              const QString &target)
{
    archive *a = archive_write_new();
    if (format == Format::Zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_add_filter_gzip(a);
        archive_write_set_format_pax_restricted(a);
    }
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    if (ok) {
        archive_entry *link = archive_entry_new();
        archive_entry_set_pathname(link, linkName.toUtf8().constData());
        archive_entry_set_filetype(link, AE_IFLNK);
        archive_entry_set_perm(link, 0777);
        archive_entry_set_symlink(link, target.toUtf8().constData());
        archive_entry_set_size(link, 0);
        ok = archive_write_header(a, link) == ARCHIVE_OK;
        archive_entry_free(link);
    }
    if (ok) {
        archive_entry *file = archive_entry_new();
        archive_entry_set_pathname(file, target.toUtf8().constData());
        archive_entry_set_filetype(file, AE_IFREG);
        archive_entry_set_perm(file, 0644);
        archive_entry_set_size(file, kYaml.size());
        ok = archive_write_header(a, file) == ARCHIVE_OK &&
             archive_write_data(a, kYaml.constData(), size_t(kYaml.size())) == kYaml.size();
        archive_entry_free(file);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    if (!ok)
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

#define VERIFY_STATUS(result, expected) QCOMPARE(statusName((result).status), statusName(expected))

class TstArchiveReader final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // Writes an archive with `entries` and returns its bytes (empty on failure).
    QByteArray archiveOf(Format format, const QList<Entry> &entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.%2").arg(++m_n).arg(
            format == Format::Zip ? QStringLiteral("zip") : QStringLiteral("tar.gz")));
        if (!writeArchive(path, writerFormat(format), entries))
            return {};
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void addFormatRows()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("zip") << int(Format::Zip);
        QTest::newRow("tar.gz") << int(Format::TarGz);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void magicNumbers()
    {
        QVERIFY(ArchiveReader::looksLikeZip(QByteArray("PK\x03\x04rest", 8)));
        QVERIFY(ArchiveReader::looksLikeZip(QByteArray("PK\x05\x06", 4)));
        QVERIFY(!ArchiveReader::looksLikeZip(QByteArray("PK\x01\x02", 4)));
        QVERIFY(!ArchiveReader::looksLikeZip(QByteArray("PK")));
        QVERIFY(!ArchiveReader::looksLikeZip(QByteArray()));
        QVERIFY(!ArchiveReader::looksLikeZip(kYaml));
        QVERIFY(ArchiveReader::looksLikeGzip(QByteArray("\x1f\x8b", 2)));
        QVERIFY(!ArchiveReader::looksLikeGzip(QByteArray("\x1f", 1)));
        QVERIFY(!ArchiveReader::looksLikeGzip(QByteArray("\x8b\x1f", 2)));
        QVERIFY(!ArchiveReader::looksLikeGzip(QByteArray()));

        const QByteArray zip = archiveOf(Format::Zip, {{QStringLiteral("pipeline.yaml"), kYaml}});
        const QByteArray tgz = archiveOf(Format::TarGz, {{QStringLiteral("pipeline.yaml"), kYaml}});
        QVERIFY(ArchiveReader::looksLikeZip(zip));
        QVERIFY(!ArchiveReader::looksLikeGzip(zip));
        QVERIFY(ArchiveReader::looksLikeGzip(tgz));
        QVERIFY(!ArchiveReader::looksLikeZip(tgz));
        QVERIFY(ArchiveReader::looksLikeZip(archiveOf(Format::Zip, {})));
    }

    void topLevelPipelineYaml_data() { addFormatRows(); }
    void topLevelPipelineYaml()
    {
        QFETCH(int, format);
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("pipeline.yaml"), kYaml}});
        QVERIFY(!data.isEmpty());
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Ok);
        QCOMPARE(r.content, kYaml);
        QCOMPARE(r.entries, QStringList{QStringLiteral("pipeline.yaml")});
        QVERIFY(r.otherPipelineYaml.isEmpty());
        QVERIFY(r.error.isEmpty());
    }

    void foundAfterOtherEntries_data() { addFormatRows(); }
    void foundAfterOtherEntries()
    {
        QFETCH(int, format);
        const QByteArray binary = noise(3000, 7);
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("README.md"), "# read me\n"},
                                       {QStringLiteral("components/"), {}},
                                       {QStringLiteral("components/pipeline.yaml"), "nested"},
                                       {QStringLiteral("pipeline.yaml"), binary},
                                       {QStringLiteral("after.txt"), "never looked at"}});
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Ok);
        QCOMPARE(r.content, binary); // every byte, not text-converted
        // The entries seen up to and including the one taken.
        QCOMPARE(r.entries, QStringList({QStringLiteral("README.md"), QStringLiteral("components/"),
                                         QStringLiteral("components/pipeline.yaml"),
                                         QStringLiteral("pipeline.yaml")}));
        QCOMPARE(r.otherPipelineYaml, QStringLiteral("components/pipeline.yaml"));
    }

    void onlyANestedPipelineYaml_data() { addFormatRows(); }
    void onlyANestedPipelineYaml()
    {
        QFETCH(int, format);
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("hello/"), {}},
                                       {QStringLiteral("hello/pipeline.yaml"), kYaml},
                                       {QStringLiteral("other/pipeline.yaml"), kYaml},
                                       {QStringLiteral("hello/my-pipeline.yaml"), kYaml}});
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::NotFound);
        QVERIFY(r.content.isEmpty());
        QCOMPARE(r.otherPipelineYaml, QStringLiteral("hello/pipeline.yaml")); // the first one
        QCOMPARE(r.entries,
                 QStringList({QStringLiteral("hello/"), QStringLiteral("hello/pipeline.yaml"),
                              QStringLiteral("other/pipeline.yaml"),
                              QStringLiteral("hello/my-pipeline.yaml")}));
        QVERIFY(r.error.isEmpty());
    }

    // Without a top-level pipeline.yaml the server takes the first entry, if its name ends in
    // ".yaml" or ".yml", case-sensitively (backend/src/apiserver/server/util.go).
    void firstYamlEntryIsTaken_data() { addFormatRows(); }
    void firstYamlEntryIsTaken()
    {
        QFETCH(int, format);
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("pipeline.yml"), kYaml},
                                       {QStringLiteral("Pipeline.yaml"), "second"},
                                       {QStringLiteral("pipeline.yaml.bak"), "third"}});
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Ok);
        QCOMPARE(r.taken, QStringLiteral("pipeline.yml"));
        QCOMPARE(r.firstEntry, QStringLiteral("pipeline.yml"));
        QCOMPARE(r.content, kYaml);
        QVERIFY(r.otherPipelineYaml.isEmpty());
        QCOMPARE(r.entries.size(), 3);
    }

    void singleOtherNamedYaml_data() { addFormatRows(); }
    void singleOtherNamedYaml()
    {
        QFETCH(int, format);
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("my-pipeline.yaml"), kYaml}});
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Ok);
        QCOMPARE(r.taken, QStringLiteral("my-pipeline.yaml"));
        QCOMPARE(r.content, kYaml);
    }

    // Only a nested pipeline.yaml: the first entry decides, whatever comes after it.
    void nestedPipelineYamlFirstEntryDecides_data() { addFormatRows(); }
    void nestedPipelineYamlFirstEntryDecides()
    {
        QFETCH(int, format);
        const QByteArray nestedFirst =
            archiveOf(Format(format), {{QStringLiteral("hello/pipeline.yaml"), kYaml},
                                       {QStringLiteral("notes.txt"), "x"}});
        auto r = ArchiveReader::extractPipelineYaml(nestedFirst, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Ok);
        QCOMPARE(r.taken, QStringLiteral("hello/pipeline.yaml"));
        QCOMPARE(r.content, kYaml);

        const QByteArray otherFirst =
            archiveOf(Format(format), {{QStringLiteral("a/component.yml"), "component"},
                                       {QStringLiteral("hello/pipeline.yaml"), kYaml}});
        r = ArchiveReader::extractPipelineYaml(otherFirst, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Ok);
        QCOMPARE(r.taken, QStringLiteral("a/component.yml"));
        QCOMPARE(r.content, QByteArray("component"));
    }

    // A first entry that is no YAML file is refused: the server answers "Expecting a
    // pipeline.yaml file inside the zip. Got: <first entry>".
    void nonYamlFirstEntryIsRefused_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("first");
        for (int f : {int(Format::Zip), int(Format::TarGz)}) {
            const char *fn = f == int(Format::Zip) ? "zip" : "tar.gz";
            for (const char *name :
                 {"README.md", "PIPELINE.YAML", "pipeline.YML", "pipeline.yaml.bak", "pipe.json"})
                QTest::addRow("%s: %s", fn, name) << f << QString::fromLatin1(name);
        }
    }
    void nonYamlFirstEntryIsRefused()
    {
        QFETCH(int, format);
        QFETCH(QString, first);
        const QByteArray data =
            archiveOf(Format(format), {{first, kYaml},
                                       {QStringLiteral("second.yaml"), kYaml},
                                       {QStringLiteral("d/pipeline.yaml"), kYaml}});
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::NotFound);
        QCOMPARE(r.firstEntry, first);
        QVERIFY(r.taken.isEmpty());
        QVERIFY(r.content.isEmpty());
        QCOMPARE(r.otherPipelineYaml, QStringLiteral("d/pipeline.yaml"));
    }

    // A first entry of a YAML name larger than the limit is too large, not silently skipped.
    void firstEntryTooLarge()
    {
        const QByteArray data =
            archiveOf(Format::Zip, {{QStringLiteral("big.yaml"), QByteArray(5000, 'a')}});
        const auto r = ArchiveReader::extractPipelineYaml(data, Format::Zip, 1000);
        VERIFY_STATUS(r, Status::TooLarge);
        QCOMPARE(r.taken, QStringLiteral("big.yaml"));
    }

    // A directory or a symbolic link of that name is not the file.
    void pipelineYamlThatIsNotAFile_data() { addFormatRows(); }
    void pipelineYamlThatIsNotAFile()
    {
        QFETCH(int, format);
        const QByteArray dir = archiveOf(Format(format), {{QStringLiteral("pipeline.yaml/"), {}}});
        auto r = ArchiveReader::extractPipelineYaml(dir, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::NotFound);
        QVERIFY(r.otherPipelineYaml.isEmpty());

        const QByteArray link =
            archiveWithSymlink(m_dir.filePath(QStringLiteral("link%1").arg(format)), Format(format),
                               QStringLiteral("pipeline.yaml"), QStringLiteral("real.yaml"));
        QVERIFY(!link.isEmpty());
        r = ArchiveReader::extractPipelineYaml(link, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::NotFound);
        QCOMPARE(r.entries,
                 QStringList({QStringLiteral("pipeline.yaml"), QStringLiteral("real.yaml")}));
        QVERIFY(r.otherPipelineYaml.isEmpty());
    }

    // Only the top level counts: "./pipeline.yaml" is another name. As the first entry it is
    // taken for its ".yaml"; after the "./" of `tar -czf p.tar.gz .` the archive is refused.
    void dotSlashIsNotTopLevel()
    {
        const QByteArray alone =
            archiveOf(Format::TarGz, {{QStringLiteral("./pipeline.yaml"), kYaml}});
        auto r = ArchiveReader::extractPipelineYaml(alone, Format::TarGz, 1 << 20);
        VERIFY_STATUS(r, Status::Ok);
        QCOMPARE(r.taken, QStringLiteral("./pipeline.yaml"));

        const QByteArray dotFirst =
            archiveOf(Format::TarGz,
                      {{QStringLiteral("./"), {}}, {QStringLiteral("./pipeline.yaml"), kYaml}});
        r = ArchiveReader::extractPipelineYaml(dotFirst, Format::TarGz, 1 << 20);
        VERIFY_STATUS(r, Status::NotFound);
        QCOMPARE(r.firstEntry, QStringLiteral("./"));
        QCOMPARE(r.otherPipelineYaml, QStringLiteral("./pipeline.yaml"));
    }

    void entryListIsCappedAtFifty_data() { addFormatRows(); }
    void entryListIsCappedAtFifty()
    {
        QFETCH(int, format);
        QList<Entry> entries;
        for (int i = 0; i < 60; ++i)
            entries.append({QStringLiteral("f%1.txt").arg(i, 2, 10, QLatin1Char('0')), "x"});
        entries.append({QStringLiteral("pipeline.yaml"), kYaml});
        const QByteArray data = archiveOf(Format(format), entries);
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Ok); // found past the cap all the same
        QCOMPARE(r.content, kYaml);
        QCOMPARE(r.entries.size(), 50);
        QCOMPARE(r.entries.first(), QStringLiteral("f00.txt"));
        QCOMPARE(r.entries.last(), QStringLiteral("f49.txt"));
    }

    void sizeLimit_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("size");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("status");
        for (Format f : {Format::Zip, Format::TarGz}) {
            const char *name = f == Format::Zip ? "zip" : "tar.gz";
            QTest::addRow("%s exactly the limit", name)
                << int(f) << 5000 << qint64(5000) << int(Status::Ok);
            QTest::addRow("%s one byte over", name)
                << int(f) << 5001 << qint64(5000) << int(Status::TooLarge);
            // More than one 64 KiB read: the limit is checked on the running total.
            QTest::addRow("%s 200 KiB, limit 100 KiB", name)
                << int(f) << 200 * 1024 << qint64(100 * 1024) << int(Status::TooLarge);
            QTest::addRow("%s 200 KiB, limit 200 KiB", name)
                << int(f) << 200 * 1024 << qint64(200 * 1024) << int(Status::Ok);
            QTest::addRow("%s empty file, limit 0", name)
                << int(f) << 0 << qint64(0) << int(Status::Ok);
        }
    }
    void sizeLimit()
    {
        QFETCH(int, format);
        QFETCH(int, size);
        QFETCH(qint64, limit);
        QFETCH(int, status);
        const QByteArray content = noise(size, quint32(size));
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("pipeline.yaml"), content}});
        QVERIFY(!data.isEmpty());
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), limit);
        VERIFY_STATUS(r, Status(status));
        if (Status(status) == Status::Ok)
            QCOMPARE(r.content, content);
        else
            QVERIFY(r.content.isEmpty());
    }

    // 64 MiB of zeros deflate to some 64 KiB: refused once 1 MiB is inflated.
    void zipBombIsRefused_data() { addFormatRows(); }
    void zipBombIsRefused()
    {
        QFETCH(int, format);
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("pipeline.yaml"), zeros}});
        QVERIFY(!data.isEmpty());
        QVERIFY2(data.size() < 1024 * 1024, QByteArray::number(data.size()));
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1024 * 1024);
        VERIFY_STATUS(r, Status::TooLarge);
        QVERIFY(r.content.isEmpty());
    }

    void emptyArchive_data() { addFormatRows(); }
    void emptyArchive()
    {
        QFETCH(int, format);
        const QByteArray data = archiveOf(Format(format), {});
        QVERIFY(!data.isEmpty());
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::NotFound);
        QVERIFY(r.entries.isEmpty());
    }

    void noBytesAtAll_data() { addFormatRows(); }
    void noBytesAtAll()
    {
        QFETCH(int, format);
        const auto r = ArchiveReader::extractPipelineYaml(QByteArray(), Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Corrupt);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.content.isEmpty());
    }

    void notAnArchive_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("data");
        for (Format f : {Format::Zip, Format::TarGz}) {
            const char *name = f == Format::Zip ? "zip" : "tar.gz";
            QTest::addRow("%s: YAML text", name) << int(f) << kYaml;
            QTest::addRow("%s: noise", name) << int(f) << noise(4096, 3);
            QTest::addRow("%s: HTML", name)
                << int(f) << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>");
        }
        // The magic number alone does not make an archive.
        QTest::newRow("zip: magic then noise")
            << int(Format::Zip) << QByteArray("PK\x03\x04", 4) + noise(200, 4);
        QTest::newRow("tar.gz: magic then noise")
            << int(Format::TarGz) << QByteArray("\x1f\x8b", 2) + noise(200, 5);
    }
    void notAnArchive()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, data);
        const auto r = ArchiveReader::extractPipelineYaml(data, Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Corrupt);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.content.isEmpty());
    }

    void otherFormatIsCorrupt()
    {
        const QList<Entry> entries{{QStringLiteral("pipeline.yaml"), kYaml}};
        const QByteArray zip = archiveOf(Format::Zip, entries);
        const QByteArray tgz = archiveOf(Format::TarGz, entries);
        VERIFY_STATUS(ArchiveReader::extractPipelineYaml(zip, Format::TarGz, 1 << 20),
                      Status::Corrupt);
        VERIFY_STATUS(ArchiveReader::extractPipelineYaml(tgz, Format::Zip, 1 << 20),
                      Status::Corrupt);
    }

    // Cut in the middle of pipeline.yaml's data (incompressible, so the cut lands in it).
    void truncatedInTheEntry_data() { addFormatRows(); }
    void truncatedInTheEntry()
    {
        QFETCH(int, format);
        const QByteArray content = noise(64 * 1024, 11);
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("pipeline.yaml"), content}});
        QVERIFY(data.size() > 64 * 1024);
        for (qsizetype cut : {qsizetype(1000), data.size() / 2, qsizetype(60 * 1024)}) {
            const auto r =
                ArchiveReader::extractPipelineYaml(data.left(cut), Format(format), 1 << 20);
            QVERIFY2(
                r.status == Status::Corrupt,
                qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(statusName(r.status))));
            QVERIFY(!r.error.isEmpty());
            QVERIFY(r.content.isEmpty());
        }
    }

    // Cut inside the headers of the first entry: nothing readable at all.
    void truncatedInTheHeader_data() { addFormatRows(); }
    void truncatedInTheHeader()
    {
        QFETCH(int, format);
        const QByteArray data =
            archiveOf(Format(format), {{QStringLiteral("README.md"), "x"},
                                       {QStringLiteral("pipeline.yaml"), kYaml}});
        const auto r = ArchiveReader::extractPipelineYaml(data.left(20), Format(format), 1 << 20);
        VERIFY_STATUS(r, Status::Corrupt);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstArchiveReader)
#include "tst_archivereader.moc"
