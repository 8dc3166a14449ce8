package io.xskc.suite;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a static method of the suite that supplies the case's parameter sets. It takes a
 * {@link ParameterContext} and returns a {@code List} or {@code Stream}; each element becomes one
 * test, named by {@link ParameterSet#name()} or its {@code toString()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Parameters {
    String value();
}
