package dev.modelregistry.api.internal;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the API's value types: public {@code Immutable*} implementations
 * without Guava, copy ({@code with*}) methods, and Jackson integration (the meta-annotation
 * {@link JsonSerialize} makes Immutables generate the JSON creator for every type in a package
 * that carries this style). Not API: it only shapes generated code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface RegistryStyle {}
