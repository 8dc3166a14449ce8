package io.xskc.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.xskc.engine.CaseInfo;
import io.xskc.engine.ResultDecorator;
import java.util.Map;

/**
 * Puts xskc's structure into the Allure result that allure-junit-platform opened for the current
 * test: parentSuite = device, suite = suite, subSuite = case, features = capabilities, severity,
 * tags, the clause as a link, parameters (device identity excluded, so history is per case), and
 * the case's evidence as attachments.
 */
public final class AllureBridge implements ResultDecorator {
    private static AllureLifecycle lifecycle() {
        return Allure.getLifecycle();
    }

    @Override
    public void started(CaseInfo info) {
        AllureLifecycle l = lifecycle();
        if (l.getCurrentTestCase().isEmpty()) {
            return; // not running under the Allure listener
        }
        l.updateTestCase(r -> {
            r.getLabels().removeIf(x -> switch (x.getName()) {
                case "parentSuite", "suite", "subSuite" -> true;
                default -> false;
            });
            r.getLabels().add(label("parentSuite", info.deviceName() + " (" + info.device() + ")"));
            r.getLabels().add(label("suite", info.suite()));
            r.getLabels().add(label("subSuite", info.caseName()));
            r.getLabels().add(label("severity", info.severity()));
            for (String c : info.capabilities()) {
                r.getLabels().add(label("feature", c));
            }
            if (info.capabilities().isEmpty()) {
                r.getLabels().add(label("feature", "kernel"));
            }
            for (String t : info.tags()) {
                r.getLabels().add(label("tag", t));
            }
            r.setDescription(info.description() + "\n\nClause: " + info.clause());
            if (!info.link().isEmpty()) {
                r.getLinks().add(new Link().setName(info.clause()).setUrl(info.link()).setType("spec"));
            }
            for (Map.Entry<String, String> p : info.parameters().entrySet()) {
                r.getParameters().add(new Parameter().setName(p.getKey()).setValue(p.getValue()));
            }
            for (Map.Entry<String, String> p : info.identity().entrySet()) {
                r.getParameters().add(new Parameter().setName(p.getKey()).setValue(p.getValue()).setExcluded(true));
            }
        });
    }

    @Override
    public void attached(CaseInfo info, String name, String mediaType, byte[] content) {
        AllureLifecycle l = lifecycle();
        if (l.getCurrentTestCase().isEmpty()) {
            return;
        }
        l.addAttachment(name, mediaType, extension(name), content);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
