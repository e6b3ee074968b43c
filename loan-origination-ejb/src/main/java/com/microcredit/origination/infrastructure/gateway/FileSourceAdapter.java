package com.microcredit.origination.infrastructure.gateway;

import com.microcredit.origination.application.DataSourceAdapter;
import com.microcredit.origination.domain.scoring.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a source from {@code <mcrc.gateway.file-directory>/<SOURCE>.csv}, e.g. a provider's monthly
 * delivery dropped on disk: a header line, then {@code identity_number,period,metric,amount} rows
 * (period as yyyy-MM or yyyy-MM-dd). A missing file is a source without data; a malformed line
 * makes the source unavailable, naming the line.
 */
@ApplicationScoped
public class FileSourceAdapter implements DataSourceAdapter {

    public static final String NAME = "file";

    @Inject
    @ConfigProperty(name = "mcrc.gateway.file-directory")
    Optional<String> directory;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Observation> fetch(SourceRequest request) {
        Path dir =
                directory
                        .filter(d -> !d.isBlank())
                        .map(Path::of)
                        .orElseThrow(
                                () ->
                                        new SourceUnavailableException(
                                                "mcrc.gateway.file-directory is not set"));
        return read(dir.resolve(request.source().name() + ".csv"), request);
    }

    static List<Observation> read(Path file, SourceRequest request) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Observation> result = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    throw new SourceUnavailableException(
                            file.getFileName() + " line " + number + ": 4 values expected");
                }
                if (!f[0].trim().equals(request.identityNumber())) {
                    continue;
                }
                try {
                    String p = f[1].trim();
                    LocalDate period =
                            LocalDate.parse(p.length() == 7 ? p + "-01" : p).withDayOfMonth(1);
                    result.add(
                            new Observation(
                                    request.source(),
                                    period,
                                    f[2].trim(),
                                    new BigDecimal(f[3].trim())));
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw new SourceUnavailableException(
                            file.getFileName() + " line " + number + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("Cannot read " + file + ": " + e.getMessage());
        }
        return result;
    }
}
