package id.pantau.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/** The transparency report's CSV form, one writer for the API and the console so both files are identical. */
public final class TransparencyCsv {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(TransparencyRow.class).withHeader();

    private TransparencyCsv() {
    }

    public static String write(List<TransparencyRow> rows) {
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report rows of numbers and names always serialise", e);
        }
    }
}
