package dev.modelregistry.api.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How the registry reads SageMaker JSON: as strictly as SageMaker does. A value of the wrong JSON
 * type is an error, not converted: {@code 123} or {@code true} where text belongs, {@code "5"} or
 * {@code 1.5} where an integer belongs, {@code ""} where a number, a boolean or an object belongs.
 * A key given twice in one object is an error, not "the last one wins". A {@code null} element of a
 * list or value of a map is an error, not an element. Timestamps are the exception, read from
 * epoch seconds or ISO-8601 text by {@link InstantJson}, because SageMaker's wire sends numbers
 * and the AWS CLI prints text. Not API: {@code ModelRegistryJson} applies it.
 */
public final class StrictJson {
  private StrictJson() {}

  /**
   * Makes {@code mapper} read strictly, for every type it reads.
   *
   * @return the same mapper
   */
  public static ObjectMapper apply(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    // "" is empty text only where text belongs; nowhere else is it a value or an absent one
    mapper.coercionConfigDefaults()
        .setAcceptBlankAsEmpty(false)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    refuse(mapper, LogicalType.Textual,
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Enum,
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Integer,
        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    // an integer is a number: 5 where a fraction may stand is 5.0, as JSON means it
    refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Boolean,
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String);
    return mapper;
  }

  private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
