package org.povertyexit.monitor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.ledger.Ledger;
import org.povertyexit.monitor.ledger.ReportSeries;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.service.ledger.LedgerExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The remediation ledger (整改台账) of a county from report files of `evaluate` (ordered by their "
                + "assessment dates, then start times): each item OPEN, CLOSED (已销号) or GONE, when first and last "
                + "listed, closed in which run, in how many runs, first and latest gap; counts per department.")
public class LedgerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "REPORT.json", description = "reports written by evaluate")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--county", paramLabel = "CODE",
            description = "the county (needed when the reports hold more than one)")
    String county;

    @Option(names = "--format", paramLabel = "json|csv|xlsx", description = "default json")
    String format = "json";

    @Option(names = "--out", paramLabel = "PATH", description = "write here (default: stdout; xlsx needs it)")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of the CSV/XLSX headers (default zh)")
    Language lang = Language.ZH;

    @Override
    public Integer call() throws IOException {
        String form = format.toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(form)) {
            throw new IllegalArgumentException("--format must be json, csv or xlsx");
        }
        if (form.equals("xlsx") && out == null) {
            throw new IllegalArgumentException("an xlsx ledger needs --out FILE.xlsx");
        }
        ReportSeries series = new ReportSeries();
        for (Path report : reports) {
            series.add(read(report));
        }
        Ledger ledger = series.ledger(chosenCounty(series));
        Labels labels = Labels.of(lang);
        byte[] bytes = switch (form) {
            case "csv" -> LedgerExport.csv(ledger, labels);
            case "xlsx" -> LedgerExport.xlsx(ledger, labels);
            default -> ReportJson.writer(true).writeValueAsBytes(ledger);
        };
        if (out == null) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            Files.write(out, bytes);
            System.err.printf("ledger of county %s over %d run(s): %d open, %d closed, %d gone -> %s%n",
                    ledger.county(), ledger.runs().size(), ledger.total().open(), ledger.total().closed(),
                    ledger.total().gone(), out);
        }
        return ExitCodes.OK;
    }

    private String chosenCounty(ReportSeries series) {
        if (county != null) {
            if (!series.counties().contains(county)) {
                throw new IllegalArgumentException("no report holds county " + county + "; they hold "
                        + String.join(", ", series.counties()));
            }
            return county;
        }
        if (series.counties().size() != 1) {
            throw new IllegalArgumentException("the reports hold counties " + String.join(", ", series.counties())
                    + ": choose one with --county CODE");
        }
        return series.counties().iterator().next();
    }

    private static Report read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Report report = ReportJson.MAPPER.readValue(in, Report.class);
            if (report == null || report.run() == null || report.counties() == null) {
                throw new IllegalArgumentException(file + ": not a report of evaluate (no run or counties)");
            }
            return report;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not a report of evaluate (" + e.getOriginalMessage() + ")");
        }
    }
}
