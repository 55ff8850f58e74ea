package id.pantau.ingestion.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.ContentMedia;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * Lists that are only ever written and read whole are kept as one JSON text column each, instead of a
 * child table that every batch insert would have to fill too.
 */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    private static String write(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String column, TypeReference<T> type) {
        try {
            return column == null ? null : JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON column is not readable", e);
        }
    }

    static final class Strings implements AttributeConverter<List<String>, String> {
        private static final TypeReference<List<String>> TYPE = new TypeReference<>() { };

        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return write(value);
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            return read(column, TYPE);
        }
    }

    static final class Media implements AttributeConverter<List<ContentMedia>, String> {
        private static final TypeReference<List<ContentMedia>> TYPE = new TypeReference<>() { };

        @Override
        public String convertToDatabaseColumn(List<ContentMedia> value) {
            return write(value);
        }

        @Override
        public List<ContentMedia> convertToEntityAttribute(String column) {
            return read(column, TYPE);
        }
    }
}
