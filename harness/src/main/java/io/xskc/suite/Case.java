package io.xskc.suite;

import io.xskc.device.Capability;
import io.xskc.device.Mode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One conformance case. The method takes, in any order, a {@link DeviceHandle}, an
 * {@link Evidence} sink and, when {@link Parameters} is present, one parameter set. It passes by
 * returning, fails with {@link ConformanceFailure}, and anything else it throws is BROKEN.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Case {
    /** What the case checks, in a sentence a reviewer can hold the device to. */
    String description();

    /** The clause checked: a section of the kernel document or an RFC, e.g. "RFC 768". */
    String clause();

    /** Link to the clause, for the report. */
    String link() default "";

    /** Capabilities the device must declare in the mode under test; otherwise the case is skipped. */
    Capability[] requires() default {};

    /** Modes the case applies to; other modes are skipped as not-supported-in-mode. Empty: all. */
    Mode[] modes() default {};

    Severity severity() default Severity.NORMAL;

    String[] tags() default {};
}
