// PipelinePackage on bad inputs, each with its own error kind and a message that names the file
// and what is wrong; and on zip / tar.gz archives written at test time with libarchive.

#include "PackageTestUtil.h"
#include "package/PipelinePackage.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace kfp;
using namespace kfp::test;

namespace {

const QString kArguments = QStringLiteral("v2_arguments_parameters.yaml");

// Checks the error kind, that the package is unusable, and that the message names the file.
void expectError(const PipelinePackage &p, PackageError::Kind kind, const QString &file)
{
    QVERIFY2(!p.isValid(), "expected an error");
    QCOMPARE(PipelinePackage::errorKindName(p.error().kind), PipelinePackage::errorKindName(kind));
    QCOMPARE(p.kind(), PipelinePackage::Kind::Unknown);
    QVERIFY2(p.error().message.contains(file), qPrintable(p.error().message));
}

} // namespace

class TestPackageErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fileNotFoundAndFolder()
    {
        const QString missing = m_dir.filePath("missing.yaml");
        expectError(PipelinePackage::read(missing), PackageError::Kind::FileNotFound, missing);
        const QString folder = m_dir.filePath("folder.yaml");
        QVERIFY(QDir().mkpath(folder));
        expectError(PipelinePackage::read(folder), PackageError::Kind::Unreadable, "folder.yaml");
    }

    void emptyFile()
    {
        const QString path = m_dir.filePath("empty.yaml");
        QVERIFY(writeFile(path, {}));
        const PipelinePackage p = PipelinePackage::read(path);
        expectError(p, PackageError::Kind::Empty, "empty.yaml");
        QVERIFY(p.error().message.contains("empty"));
        expectError(PipelinePackage::fromBytes(" \r\n\t\n", "blank.yaml"),
                    PackageError::Kind::Empty, "blank.yaml");
        expectError(PipelinePackage::fromBytes("# just a comment\n---\n", "comments.yaml"),
                    PackageError::Kind::Empty, "comments.yaml");
        expectError(PipelinePackage::fromBytes("\xEF\xBB\xBF", "bom.json"),
                    PackageError::Kind::Empty, "bom.json");
    }

    void binaryFile()
    {
        // The literal's size, not a guess: a count past its end read other globals (found by
        // the asan preset).
        static const char pngBytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        const QByteArray png(pngBytes, sizeof(pngBytes) - 1);
        const QString path = m_dir.filePath("image.yaml");
        QVERIFY(writeFile(path, png));
        const PipelinePackage p = PipelinePackage::read(path);
        expectError(p, PackageError::Kind::Binary, "image.yaml");
        QVERIFY(p.error().message.contains("binary"));
        // Latin-1 text, not UTF-8: the bad byte is on line 3.
        const PipelinePackage latin1 =
            PipelinePackage::fromBytes("a: 1\nb: 2\nc: caf\xE9\n", "latin1.yaml");
        expectError(latin1, PackageError::Kind::Binary, "latin1.yaml");
        QCOMPARE(latin1.error().line, 3);
        // UTF-16 as Windows Notepad may write it.
        const QByteArray utf16("\xFF\xFE"
                               "a\0:\0 \0"
                               "1\0",
                               10);
        const PipelinePackage u16 = PipelinePackage::fromBytes(utf16, "u16.yaml");
        expectError(u16, PackageError::Kind::Binary, "u16.yaml");
        QVERIFY(u16.error().message.contains("UTF-16"));
        // Overlong encodings and lone surrogates are not UTF-8 either.
        expectError(PipelinePackage::fromBytes("a: \xC0\xAF\n", "o.yaml"),
                    PackageError::Kind::Binary, "o.yaml");
        expectError(PipelinePackage::fromBytes("a: \xED\xA0\x80\n", "s.yaml"),
                    PackageError::Kind::Binary, "s.yaml");
    }

    void invalidYamlReportsLineAndColumn()
    {
        // A more-indented "key: value" after a scalar: illegal on exactly that line.
        QByteArray yaml = sampleBytes(kArguments);
        const QByteArray anchor("pipelineInfo:\n  name: echo\n");
        const qsizetype at = yaml.indexOf(anchor);
        QVERIFY(at > 0);
        const qsizetype badLineOffset = at + anchor.size();
        yaml.insert(badLineOffset, "   bad: indent\n");
        const int badLine = lineOfOffset(yaml, badLineOffset);
        QCOMPARE(badLine, 26); // "  name: echo" is line 25 of the sample

        const QString path = m_dir.filePath("broken.yaml");
        QVERIFY(writeFile(path, yaml));
        const PipelinePackage p = PipelinePackage::read(path);
        expectError(p, PackageError::Kind::InvalidYaml, "broken.yaml");
        QCOMPARE(p.error().line, badLine);
        QCOMPARE(p.error().column, 7); // the ':' of "   bad:"
        QVERIFY(p.error().message.contains(QStringLiteral("line %1, column 7").arg(badLine)));
        QVERIFY(!p.error().detail.isEmpty());

        // The same with a BOM and CRLF line ends: the same line and column.
        QByteArray crlf = yaml;
        crlf.replace("\n", "\r\n");
        const PipelinePackage w = PipelinePackage::fromBytes("\xEF\xBB\xBF" + crlf, "w.yaml");
        QCOMPARE(w.error().kind, PackageError::Kind::InvalidYaml);
        QCOMPARE(w.error().line, badLine);
        QCOMPARE(w.error().column, 7);

        // An unterminated flow sequence on line 1 of a small file.
        const PipelinePackage flow = PipelinePackage::fromBytes("a: [1, 2\n", "flow.yaml");
        QCOMPARE(flow.error().kind, PackageError::Kind::InvalidYaml);
        QVERIFY(flow.error().line >= 1);
    }

    void aliasBombIsRefused()
    {
        QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i) {
            yaml += QByteArray("a") + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int k = 0; k < 10; ++k)
                yaml += QByteArray(k ? ", " : "") + "*a" + QByteArray::number(i - 1);
            yaml += "]\n";
        }
        QElapsedTimer timer;
        timer.start();
        const PipelinePackage p = PipelinePackage::fromBytes(yaml, "bomb.yaml");
        expectError(p, PackageError::Kind::InvalidYaml, "bomb.yaml");
        QVERIFY(timer.elapsed() < 5000);
    }

    // Found by fuzz_pipeline_package: yaml-cpp 0.7's LoadAll() never returns on a stray ','
    // in block context (it appends empty documents until memory runs out, yaml-cpp#1040).
    // Before the fix this test hung until ctest's timeout.
    void strayCommaIsRefused_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::newRow("after a flow sequence") << QByteArray("[],") << 1;
        QTest::newRow("alone") << QByteArray(",") << 1;
        QTest::newRow("after a block sequence") << QByteArray("- a\n- b\n,") << 3;
    }
    void strayCommaIsRefused()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        const PipelinePackage p = PipelinePackage::fromBytes(yaml, "comma.yaml");
        expectError(p, PackageError::Kind::InvalidYaml, "comma.yaml");
        QCOMPARE(p.error().line, line);
        // Multi-document files still read: the guard only stops a parser that makes no progress.
        QVERIFY(PipelinePackage::fromBytes(sampleBytes(kArguments) + "---\n", "t.yaml").isValid());
    }

    void notAPipeline_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("found");
        QTest::newRow("deployment")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\n") << "Kubernetes Deployment";
        QTest::newRow("argo template")
            << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nspec: {}\n")
            << "WorkflowTemplate";
        QTest::newRow("mapping") << QByteArray("foo: 1\nbar: 2\n") << "bar, foo";
        QTest::newRow("list") << QByteArray("- a\n- b\n") << "list";
        QTest::newRow("scalar") << QByteArray("hello\n") << "hello";
        QTest::newRow("partial v2")
            << QByteArray("pipelineInfo: {name: x}\nschemaVersion: 2.1.0\ncomponents: {}\n")
            << "root";
        QTest::newRow("component")
            << QByteArray("name: Train\nimplementation: {container: {image: x}}\n") << "component";
        QTest::newRow("platform only")
            << QByteArray("platforms: {kubernetes: {}}\n") << "platform spec";
    }

    void notAPipeline()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, found);
        const PipelinePackage p = PipelinePackage::fromBytes(yaml, "thing.yaml");
        expectError(p, PackageError::Kind::NotAPipeline, "thing.yaml");
        QVERIFY2(p.error().message.contains(found), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains("not a Kubeflow pipeline"));
    }

    void unexpectedExtraDocument()
    {
        const QByteArray yaml = sampleBytes(kArguments) + "---\nplatforms: {}\n---\nfoo: 1\n";
        const PipelinePackage p = PipelinePackage::fromBytes(yaml, "three.yaml");
        expectError(p, PackageError::Kind::NotAPipeline, "three.yaml");
        QVERIFY(p.error().message.contains("number 3"));
        // A trailing "---" with nothing after it is fine.
        QVERIFY(PipelinePackage::fromBytes(sampleBytes(kArguments) + "---\n", "t.yaml").isValid());
    }

    void tooLargeIsRefusedBeforeReading()
    {
        const QString path = m_dir.filePath("huge.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(33 * 1024 * 1024)); // sparse
        f.close();
        QElapsedTimer timer;
        timer.start();
        const PipelinePackage p = PipelinePackage::read(path);
        expectError(p, PackageError::Kind::TooLarge, "huge.yaml");
        QVERIFY(p.error().message.contains("32"));
        QCOMPARE(p.error().detail, QString::number(33 * 1024 * 1024));
        QVERIFY(timer.elapsed() < 1000); // refused on its size: NUL bytes would say Binary

        // One byte over the limit in memory; exactly at the limit is not "too large".
        QByteArray over(PipelinePackage::MaxFileSize + 1, ' ');
        const PipelinePackage justOver = PipelinePackage::fromBytes(over, "over.yaml");
        expectError(justOver, PackageError::Kind::TooLarge, "over.yaml");
        QVERIFY2(justOver.error().message.contains("bytes"), qPrintable(justOver.error().message));
        over.chop(1);
        QCOMPARE(PipelinePackage::fromBytes(over, "limit.yaml").error().kind,
                 PackageError::Kind::Empty);
    }

    void invalidJsonReportsLineAndColumn()
    {
        const QByteArray json =
            "{\n  \"pipelineInfo\": {\"name\": \"x\"},\n  \"root\": {\"a\": tru},\n}\n";
        const PipelinePackage p = PipelinePackage::fromBytes(json, "bad.json");
        expectError(p, PackageError::Kind::InvalidJson, "bad.json");
        QCOMPARE(p.error().line, 3);
        // "  \"root\": {\"a\": tru},": the bad value is at columns 17-19; Qt's offset points
        // at it or just past it (column 21 with Qt 6.4).
        QVERIFY2(p.error().column >= 17 && p.error().column <= 21,
                 qPrintable(QString::number(p.error().column)));
        QVERIFY(
            p.error().message.contains(QStringLiteral("line 3, column %1").arg(p.error().column)));
        expectError(PipelinePackage::fromBytes("[1, 2]", "list.json"),
                    PackageError::Kind::NotAPipeline, "list.json");
        // YAML in a .json file is not JSON.
        expectError(PipelinePackage::fromBytes(sampleBytes(kArguments), "yaml.json"),
                    PackageError::Kind::InvalidJson, "yaml.json");
    }

    void zipWithPipelineYaml()
    {
        const QString path = m_dir.filePath("good.zip");
        QVERIFY(writeArchive(path, ArchiveFormat::Zip,
                             {{"README.md", "hello"}, {"pipeline.yaml", sampleBytes(kArguments)}}));
        const PipelinePackage p = PipelinePackage::read(path);
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.kind(), PipelinePackage::Kind::KfpV2Ir);
        QCOMPARE(p.name(), QStringLiteral("echo"));
        QCOMPARE(p.fileName(), QStringLiteral("good.zip"));
        QCOMPARE(p.parameters().size(), 2);
    }

    void tarGzWithPipelineYaml()
    {
        for (const QString &name : {QStringLiteral("good.tar.gz"), QStringLiteral("good.tgz"),
                                    QStringLiteral("no-extension")}) {
            const QString path = m_dir.filePath(name);
            QVERIFY(writeArchive(path, ArchiveFormat::TarGz,
                                 {{"data/", {}}, {"pipeline.yaml", sampleBytes(kArguments)}}));
            const PipelinePackage p = PipelinePackage::read(path);
            QVERIFY2(p.isValid(), qPrintable(p.error().message));
            QCOMPARE(p.name(), QStringLiteral("echo"));
            QCOMPARE(p.tasks().size(), 1);
        }
    }

    void archiveFileStem()
    {
        QByteArray yaml = sampleBytes(kArguments);
        yaml.replace("pipelineInfo:\n  name: echo\n", "pipelineInfo: {}\n");
        const QString path = m_dir.filePath("my.pipeline.tar.gz");
        QVERIFY(writeArchive(path, ArchiveFormat::TarGz, {{"pipeline.yaml", yaml}}));
        const PipelinePackage p = PipelinePackage::read(path);
        QVERIFY2(p.isValid(), qPrintable(p.error().message));
        QCOMPARE(p.name(), QStringLiteral("my.pipeline"));
    }

    void zipWithoutPipelineYaml()
    {
        const QString path = m_dir.filePath("nopipe.zip");
        // The first entry is no YAML file, so the server refuses it (a first pipeline.yml it
        // would take: see PipelinePackage's archivesAsTheServerTakesThem).
        QVERIFY(writeArchive(path, ArchiveFormat::Zip,
                             {{"notes.txt", "x"}, {"pipeline.yml", sampleBytes(kArguments)}}));
        const PipelinePackage p = PipelinePackage::read(path);
        expectError(p, PackageError::Kind::ArchiveWithoutPipelineYaml, "nopipe.zip");
        QVERIFY(p.error().message.contains("pipeline.yaml"));
        QVERIFY(p.error().message.contains("pipeline.yml"));  // what it has instead
        QVERIFY(p.error().message.contains("got notes.txt")); // the server's reason
    }

    // The server's rule (backend/src/apiserver/server/util.go): the top-level pipeline.yaml,
    // else the archive's first entry, which must be named *.yaml or *.yml (case-sensitive); the
    // uploaded file's own name counts only for .yaml/.yml/.json, case-sensitive, while archives
    // are known by their first bytes.
    void archivesAsTheServerTakesThem_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("reason");
        const int zip = int(ArchiveFormat::Zip);
        const int tgz = int(ArchiveFormat::TarGz);
        for (int f : {zip, tgz}) {
            const QString ext = f == zip ? QStringLiteral("zip") : QStringLiteral("tar.gz");
            const QString file = QStringLiteral("p.") + ext;
            QTest::addRow("%s: pipeline.yaml at the top", qPrintable(ext))
                << file << f << QStringList{"notes.txt", "pipeline.yaml"} << true << QString();
            QTest::addRow("%s: only a nested pipeline.yaml, first", qPrintable(ext))
                << file << f << QStringList{"dir/pipeline.yaml", "notes.txt"} << true << QString();
            QTest::addRow("%s: only a nested pipeline.yaml, after a folder", qPrintable(ext))
                << file << f << QStringList{"dir/", "dir/pipeline.yaml"} << false
                << QStringLiteral("dir/ is not a .yaml or .yml file");
            QTest::addRow("%s: a single other-named YAML", qPrintable(ext))
                << file << f << QStringList{"my-pipeline.yaml"} << true << QString();
            QTest::addRow("%s: a .yml first", qPrintable(ext))
                << file << f << QStringList{"flow.yml", "notes.txt"} << true << QString();
            QTest::addRow("%s: a non-YAML first entry", qPrintable(ext))
                << file << f << QStringList{"README.md", "flow.yaml"} << false
                << QStringLiteral("got README.md");
            QTest::addRow("%s: an upper-case .YAML entry", qPrintable(ext))
                << file << f << QStringList{"FLOW.YAML"} << false
                << QStringLiteral("got FLOW.YAML");
            QTest::addRow("%s: upper-case archive name", qPrintable(ext))
                << QStringLiteral("P.") + ext.toUpper() << f << QStringList{"pipeline.yaml"} << true
                << QString();
        }
    }
    void archivesAsTheServerTakesThem()
    {
        QFETCH(QString, fileName);
        QFETCH(int, format);
        QFETCH(QStringList, names);
        QFETCH(bool, accepted);
        QFETCH(QString, reason);
        QList<Entry> entries;
        for (const QString &name : names) {
            const bool yaml = name.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) ||
                              name.endsWith(QLatin1String(".yml"));
            entries.append({name, name.endsWith(QLatin1Char('/'))
                                      ? QByteArray()
                                      : (yaml ? sampleBytes(kArguments) : QByteArray("text"))});
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QVERIFY(writeArchive(path, ArchiveFormat(format), entries));
        const PipelinePackage p = PipelinePackage::read(path);
        if (accepted) {
            QVERIFY2(p.isValid(), qPrintable(p.error().message));
        } else {
            expectError(p, PackageError::Kind::ArchiveWithoutPipelineYaml, fileName);
            QVERIFY2(p.error().message.contains(reason), qPrintable(p.error().message));
        }
    }

    // Plain files: the server knows .yaml, .yml and .json only in lower case.
    void upperCaseTextNamesAreRefused()
    {
        const QByteArray yaml = sampleBytes(kArguments);
        QVERIFY(PipelinePackage::fromBytes(yaml, "p.yaml").isValid());
        QVERIFY(PipelinePackage::fromBytes(yaml, "p.yml").isValid());
        for (const char *name : {"p.YAML", "p.Yml", "p.JSON"}) {
            const PipelinePackage p = PipelinePackage::fromBytes(yaml, QString::fromLatin1(name));
            expectError(p, PackageError::Kind::UnsupportedFormat, QString::fromLatin1(name));
            QVERIFY2(p.error().message.contains("lower case"), qPrintable(p.error().message));
        }
    }

    void nestedPipelineYamlIsNotEnough()
    {
        const QString path = m_dir.filePath("nested.tar.gz");
        QVERIFY(writeArchive(path, ArchiveFormat::TarGz,
                             {{"dir/", {}}, {"dir/pipeline.yaml", sampleBytes(kArguments)}}));
        const PipelinePackage p = PipelinePackage::read(path);
        expectError(p, PackageError::Kind::ArchiveWithoutPipelineYaml, "nested.tar.gz");
        QVERIFY(p.error().message.contains("dir/pipeline.yaml"));
        QVERIFY(p.error().message.contains("top level"));

        const QString empty = m_dir.filePath("empty.zip");
        QVERIFY(writeArchive(empty, ArchiveFormat::Zip, {}));
        expectError(PipelinePackage::read(empty), PackageError::Kind::ArchiveWithoutPipelineYaml,
                    "empty.zip");
    }

    void invalidYamlInsideArchive()
    {
        const QString path = m_dir.filePath("badyaml.zip");
        QVERIFY(writeArchive(path, ArchiveFormat::Zip, {{"pipeline.yaml", "a: 1\n  b: 2\n"}}));
        const PipelinePackage p = PipelinePackage::read(path);
        expectError(p, PackageError::Kind::InvalidYaml, "pipeline.yaml in badyaml.zip");
        QCOMPARE(p.error().line, 2);
        QCOMPARE(p.error().column, 4);
    }

    void corruptOrMisnamedArchives()
    {
        QByteArray zip;
        {
            const QString path = m_dir.filePath("tmp.zip");
            QVERIFY(writeArchive(path, ArchiveFormat::Zip,
                                 {{"pipeline.yaml", sampleBytes(kArguments)}}));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            zip = f.readAll();
        }
        QByteArray truncated = zip.left(40);
        expectError(PipelinePackage::fromBytes(truncated, "cut.zip"),
                    PackageError::Kind::InvalidArchive, "cut.zip");
        expectError(PipelinePackage::fromBytes(QByteArray("\x1f\x8bgarbage-garbage", 17), "g.tgz"),
                    PackageError::Kind::InvalidArchive, "g.tgz");
        expectError(PipelinePackage::fromBytes("just text", "fake.zip"),
                    PackageError::Kind::InvalidArchive, "fake.zip");
        expectError(PipelinePackage::fromBytes(sampleBytes(kArguments), "pipeline.txt"),
                    PackageError::Kind::UnsupportedFormat, "pipeline.txt");
    }

private:
    QTemporaryDir m_dir;
};

QObject *createPackageErrorsTest()
{
    return new TestPackageErrors;
}

#include "tst_pipelinepackage_errors.moc"
