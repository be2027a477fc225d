package dk.henvis.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Wrong types are errors, not guesses: "4" is not a number, 1 is not an enum, " ACCEPTED" is not ACCEPTED,
 * a timestamp is not a date, a number is not a timestamp, a key given twice is no key, and input is bounded:
 * dates and timestamps lie in {@link Dates#EARLIEST}..{@link Dates#LATEST}, and text holds no NUL character and
 * no lone surrogate (neither survives a database or another system intact).
 */
@Singleton
public class JacksonStrictness implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 16;
    static final int MAX_STRING_LENGTH = 20_000;

    /** Last, so that these deserializers replace the ones of the java.time module Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("henvis-strictness")
                .addDeserializer(LocalDate.class, new StrictDate())
                .addDeserializer(Instant.class, new StrictInstant())
                .addDeserializer(String.class, new CleanText())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                                      BeanDescription description, JsonDeserializer<?> deserializer) {
                        return new ExactEnum(deserializer);
                    }
                }));
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
    }

    /** A value the request holds but may not: its message goes to the client as the field's error. */
    public static final class Refused extends MismatchedInputException {

        private final String reason;

        Refused(JsonParser parser, String reason, Class<?> target) {
            super(parser, reason, target);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** YYYY-MM-DD exactly: no time of day, no day count, no year beyond four digits. */
    static final class StrictDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (!DATE.matcher(text).matches()) {
                throw context.weirdStringException(text, LocalDate.class, "not a date as YYYY-MM-DD");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, LocalDate.class, "not a date as YYYY-MM-DD");
            }
            if (!Dates.inRange(date)) {
                throw new Refused(parser, Dates.OUT_OF_RANGE, LocalDate.class);
            }
            return date;
        }
    }

    /** An ISO timestamp with its offset, as text: an epoch number is refused, whatever unit it might be in. */
    static final class StrictInstant extends StdScalarDeserializer<Instant> {

        StrictInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            Instant instant;
            try {
                instant = Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, Instant.class, "not a timestamp");
            }
            if (!Dates.inRange(instant)) {
                throw new Refused(parser, Dates.OUT_OF_RANGE, Instant.class);
            }
            return instant;
        }
    }

    /** Text as Jackson reads it, refused when it holds a NUL character or half of a surrogate pair. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                String fault = faultIn(text);
                if (fault != null) {
                    throw new Refused(parser, fault, String.class);
                }
            }
            return text;
        }

        static String faultIn(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\0') {
                    return "must not contain a NUL character";
                }
                if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                        || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                    return "must not contain half of a surrogate pair";
                }
            }
            return null;
        }
    }

    /** An enum's name exactly: Jackson would otherwise take " ACCEPTED" or "ACCEPTED " for ACCEPTED. */
    static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.strip())) {
                    throw context.weirdStringException(text, handledType(), "not an exact enum name");
                }
            }
            return _delegatee.deserialize(parser, context);
        }
    }
}
