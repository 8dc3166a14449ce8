package io.xskc.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectFile;
import org.junit.platform.suite.api.Suite;

/**
 * The nightly veth profile under Maven: every suite in io.xskc.suites against devices/veth.yaml,
 * through the xskc engine. Known kernel defects are waived in ../reports/waivers.yaml and stay
 * visible as such.
 */
@Suite
@IncludeEngines("xskc")
@SelectFile("../devices/veth.yaml")
@ConfigurationParameter(key = "xskc.waivers", value = "../reports/waivers.yaml")
class VethConformanceIT {
}
