package vn.phoihop.platform.web;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * The same input rules for JSON bodies as {@link InputNormalizationAdvice} applies to forms: a string holding a
 * control character (tab and line breaks allowed) and a date outside {@link PlausibleDates}' range are refused with
 * a 400 problem naming the field ({@link ApiErrorAdvice} unwraps the {@link UserFacingException}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputChecks {

    @Bean
    SimpleModule phoiHopInputChecks() {
        return new SimpleModule("phoihop-input-checks")
                .addDeserializer(String.class, new CheckedStrings())
                .addDeserializer(LocalDate.class, new PlausibleLocalDates());
    }


    static final class CheckedStrings extends StdScalarDeserializer<String> {

        CheckedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (Texts.hasControlCharacters(value, true)) {
                throw InputNormalizationAdvice.controlCharacters(parser.currentName());
            }
            return value;
        }
    }

    static final class PlausibleLocalDates extends StdScalarDeserializer<LocalDate> {

        PlausibleLocalDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !PlausibleDates.plausible(date)) {
                throw UserFacingException.invalid(PlausibleDates.OUT_OF_RANGE, date.toString(),
                        PlausibleDates.EARLIEST, PlausibleDates.LATEST);
            }
            return date;
        }
    }
}
