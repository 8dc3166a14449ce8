package io.xskc.engine;

import io.xskc.device.CapabilityFile;
import io.xskc.device.CapabilityFileException;
import io.xskc.device.CapabilityLoader;
import io.xskc.device.Mode;
import io.xskc.suite.Case;
import io.xskc.suite.ConformanceSuite;
import io.xskc.suite.ParameterContext;
import io.xskc.suite.ParameterSet;
import io.xskc.suite.Parameters;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Turns selectors into the tree. Devices come from file and directory selectors, else from
 * {@code xskc.devices}, else from the checkout's devices/veth.yaml. Suites come from class,
 * method, package and classpath-root selectors, else from {@code xskc.suites}. Unique-id
 * selectors name both. Problems become discovery issues and never hide the other devices.
 */
final class Discovery {
    private static final Predicate<Class<?>> IS_SUITE = c -> c.isAnnotationPresent(ConformanceSuite.class)
            && !Modifier.isAbstract(c.getModifiers());

    private final EngineDiscoveryRequest request;
    private final XskcEngineDescriptor engine;
    private final EngineConfig config;
    private final CapabilityLoader loader = CapabilityLoader.standard();

    /** Suite class -> the case methods selected in it (empty set: all). */
    private final Map<Class<?>, Set<String>> suites = new LinkedHashMap<>();
    private final Set<Path> deviceFiles = new LinkedHashSet<>();
    /** Unique-id selections, as segment lists below the engine. */
    private final List<List<UniqueId.Segment>> idFilters = new ArrayList<>();

    Discovery(EngineDiscoveryRequest request, XskcEngineDescriptor engine) {
        this.request = request;
        this.engine = engine;
        this.config = engine.config();
    }

    void resolve() {
        boolean suiteSelectors = selectSuites();
        boolean deviceSelectors = selectDevices();
        selectUniqueIds();
        if (!suiteSelectors && !idFilters.isEmpty()) {
            // Unique ids named their suites; nothing else to add.
        } else if (!suiteSelectors) {
            if (!deviceSelectors) {
                return; // no selector for this engine at all
            }
            config.suites().forEach(this::addConfiguredSuites);
        }
        if (suites.isEmpty()) {
            return;
        }
        if (!deviceSelectors && idFilters.isEmpty()) {
            defaultDevices();
        }
        checkWaivers();
        for (Path file : deviceFiles) {
            load(file).ifPresent(this::addDevice);
        }
        if (!idFilters.isEmpty()) {
            prune(engine);
        }
    }

    /** Returns whether any selector named suites (even ones that turned out not to be suites). */
    private boolean selectSuites() {
        boolean any = false;
        for (ClassSelector s : request.getSelectorsByType(ClassSelector.class)) {
            any = true;
            Class<?> c = s.getJavaClass();
            if (IS_SUITE.test(c)) {
                suites.computeIfAbsent(c, k -> new HashSet<>()).clear();
            }
        }
        for (MethodSelector s : request.getSelectorsByType(MethodSelector.class)) {
            any = true;
            Class<?> c = s.getJavaClass();
            if (IS_SUITE.test(c) && s.getJavaMethod().isAnnotationPresent(Case.class)) {
                Set<String> methods = suites.get(c);
                if (methods == null) {
                    suites.put(c, new HashSet<>(Set.of(s.getMethodName())));
                } else if (!methods.isEmpty()) {
                    methods.add(s.getMethodName());
                }
            }
        }
        for (PackageSelector s : request.getSelectorsByType(PackageSelector.class)) {
            any = true;
            ReflectionSupport.findAllClassesInPackage(s.getPackageName(), IS_SUITE, n -> true)
                    .forEach(c -> suites.putIfAbsent(c, new HashSet<>()));
        }
        for (ClasspathRootSelector s : request.getSelectorsByType(ClasspathRootSelector.class)) {
            any = true;
            ReflectionSupport.findAllClassesInClasspathRoot(s.getClasspathRoot(), IS_SUITE, n -> true)
                    .forEach(c -> suites.putIfAbsent(c, new HashSet<>()));
        }
        return any;
    }

    private boolean selectDevices() {
        boolean any = false;
        for (FileSelector s : request.getSelectorsByType(FileSelector.class)) {
            if (DeviceFiles.isCapabilityFile(s.getPath())) {
                deviceFiles.add(s.getPath());
                any = true;
            }
        }
        for (DirectorySelector s : request.getSelectorsByType(DirectorySelector.class)) {
            deviceFiles.addAll(DeviceFiles.inDirectory(s.getPath()));
            any = true;
        }
        if (!any && !config.devices().isEmpty() && request.getSelectorsByType(UniqueIdSelector.class).isEmpty()) {
            // Configured devices count as selected only together with suite selectors; see resolve().
            return false;
        }
        return any;
    }

    private void selectUniqueIds() {
        for (UniqueIdSelector s : request.getSelectorsByType(UniqueIdSelector.class)) {
            UniqueId id = s.getUniqueId();
            if (!id.hasPrefix(engine.getUniqueId())) {
                continue;
            }
            List<UniqueId.Segment> below = id.getSegments().subList(engine.getUniqueId().getSegments().size(),
                    id.getSegments().size());
            idFilters.add(below);
            for (UniqueId.Segment seg : below) {
                if (seg.getType().equals(DeviceDescriptor.SEGMENT)) {
                    findDevice(seg.getValue()).ifPresentOrElse(deviceFiles::add, () -> issue(Severity.WARNING,
                            "unique id names device '" + seg.getValue() + "', which no configured capability file "
                                    + "provides (looked in " + searchPath() + ")", null));
                } else if (seg.getType().equals(SuiteDescriptor.SEGMENT)) {
                    ReflectionSupport.tryToLoadClass(seg.getValue()).toOptional().filter(IS_SUITE)
                            .ifPresent(c -> suites.computeIfAbsent(c, k -> new HashSet<>()).clear());
                }
            }
        }
        if (!idFilters.isEmpty() && suites.isEmpty()) {
            config.suites().forEach(this::addConfiguredSuites);
        }
    }

    private List<Path> searchPath() {
        List<Path> paths = new ArrayList<>(config.devices());
        DeviceFiles.checkoutDevices().ifPresent(paths::add);
        return paths;
    }

    private Optional<Path> findDevice(String stem) {
        return DeviceFiles.expand(searchPath()).stream().filter(p -> DeviceFiles.stem(p).equals(stem)).findFirst();
    }

    private void defaultDevices() {
        if (!config.devices().isEmpty()) {
            deviceFiles.addAll(DeviceFiles.expand(config.devices()));
            return;
        }
        DeviceFiles.checkoutDevices().ifPresentOrElse(d -> deviceFiles.add(d.resolve(DeviceFiles.DEFAULT_PROFILE)),
                () -> issue(Severity.ERROR, "no capability file selected: set " + EngineConfig.DEVICES
                        + " or select a file or directory (no devices/" + DeviceFiles.DEFAULT_PROFILE
                        + " found above " + Path.of("").toAbsolutePath() + ")", null));
    }

    private void addConfiguredSuites(String name) {
        Optional<Class<?>> c = ReflectionSupport.tryToLoadClass(name).toOptional();
        if (c.isPresent()) {
            if (IS_SUITE.test(c.get())) {
                suites.putIfAbsent(c.get(), new HashSet<>());
            } else {
                issue(Severity.ERROR, EngineConfig.SUITES + ": " + name + " is not a @ConformanceSuite class", null);
            }
            return;
        }
        ReflectionSupport.findAllClassesInPackage(name, IS_SUITE, n -> true)
                .forEach(k -> suites.putIfAbsent(k, new HashSet<>()));
    }

    private void checkWaivers() {
        config.waivers().ifPresent(p -> {
            try {
                Waivers.load(p, LocalDate.now());
            } catch (RuntimeException e) {
                issue(Severity.ERROR, "waiver file: " + e.getMessage(), fileSource(p, 1, 1));
            }
        });
    }

    private Optional<CapabilityFile> load(Path file) {
        if (!Files.exists(file)) {
            issue(Severity.ERROR, file + ": capability file does not exist", null);
            return Optional.empty();
        }
        try {
            return Optional.of(loader.load(file));
        } catch (CapabilityFileException e) {
            issue(Severity.ERROR, e.getMessage(), fileSource(e.file(), e.line(), e.column()));
            return Optional.empty();
        }
    }

    private static TestSource fileSource(Path file, int line, int column) {
        return FileSource.from(file.toAbsolutePath().toFile(), FilePosition.from(line, column));
    }

    private void issue(Severity severity, String message, TestSource source) {
        DiscoveryIssue.Builder b = DiscoveryIssue.builder(severity, message);
        if (source != null) {
            b.source(source);
        }
        request.getDiscoveryListener().issueEncountered(engine.getUniqueId(), b.build());
    }

    private void addDevice(CapabilityFile device) {
        UniqueId deviceId = engine.getUniqueId().append(DeviceDescriptor.SEGMENT, DeviceFiles.stem(device.source()));
        if (engine.findByUniqueId(deviceId).isPresent()) {
            issue(Severity.ERROR, device.source() + ": another selected capability file has the same name "
                    + DeviceFiles.stem(device.source()) + "; device names must be unique in a run", null);
            return;
        }
        DeviceDescriptor d = new DeviceDescriptor(deviceId, device);
        for (Map.Entry<Class<?>, Set<String>> e : suites.entrySet()) {
            SuiteDescriptor s = new SuiteDescriptor(d.getUniqueId().append(SuiteDescriptor.SEGMENT,
                    e.getKey().getName()), e.getKey());
            for (Method m : caseMethods(e.getKey())) {
                if (e.getValue().isEmpty() || e.getValue().contains(m.getName())) {
                    addCase(s, m, device);
                }
            }
            if (!s.getChildren().isEmpty()) {
                d.addChild(s);
            }
        }
        engine.addChild(d);
    }

    private static List<Method> caseMethods(Class<?> suite) {
        return ReflectionSupport.findMethods(suite, m -> m.isAnnotationPresent(Case.class),
                org.junit.platform.commons.support.HierarchyTraversalMode.TOP_DOWN).stream()
                .sorted(Comparator.comparing(Method::getName)).toList();
    }

    private void addCase(SuiteDescriptor suite, Method method, CapabilityFile device) {
        CaseDescriptor c = new CaseDescriptor(suite.getUniqueId().append(CaseDescriptor.SEGMENT, method.getName()),
                method);
        if (Modifier.isStatic(method.getModifiers())) {
            issue(Severity.ERROR, "case " + method + " must not be static", MethodSource.from(method));
            return;
        }
        for (Mode mode : device.modes()) {
            List<Object> sets = parameterSets(suite, method, device, mode);
            if (sets == null) {
                return;
            }
            Set<String> names = new HashSet<>();
            for (Object set : sets) {
                String name = set == null ? "" : set instanceof ParameterSet p ? p.name() : set.toString();
                String segment = name.isEmpty() ? mode.yamlName() : mode.yamlName() + "/" + name;
                if (!names.add(segment)) {
                    issue(Severity.ERROR, method + ": two parameter sets are both named '" + name
                            + "'; names must be unique", MethodSource.from(method));
                    return;
                }
                Map<String, String> report = set instanceof ParameterSet p ? p.reportParameters()
                        : set == null ? Map.of() : Map.of("parameters", name);
                // The case name leads, so flat reports (Surefire) stay readable.
                String display = method.getName() + " [" + mode.yamlName() + "]" + (name.isEmpty() ? "" : " " + name);
                c.addChild(new ParameterSetDescriptor(c.getUniqueId().append(ParameterSetDescriptor.SEGMENT, segment),
                        display, c, suite, device, mode, Optional.ofNullable(set), report));
            }
        }
        suite.addChild(c);
    }

    /** The parameter sets of one case in one mode; {@code [null]} for an unparameterised case. */
    private List<Object> parameterSets(SuiteDescriptor suite, Method method, CapabilityFile device, Mode mode) {
        Parameters p = method.getAnnotation(Parameters.class);
        if (p == null) {
            return java.util.Collections.singletonList(null);
        }
        Class<?> type = suite.suiteClass();
        try {
            Method factory = type.getDeclaredMethod(p.value(), ParameterContext.class);
            if (!Modifier.isStatic(factory.getModifiers())) {
                throw new IllegalArgumentException("parameter factory " + p.value() + " must be static");
            }
            factory.setAccessible(true);
            Object result = factory.invoke(null, new ParameterContext(device, mode, config.seed(),
                    type.getName() + "#" + method.getName()));
            List<Object> sets = new ArrayList<>();
            if (result instanceof Stream<?> s) {
                s.forEach(sets::add);
            } else if (result instanceof Iterable<?> it) {
                it.forEach(sets::add);
            } else {
                throw new IllegalArgumentException("parameter factory " + p.value() + " must return a List or Stream");
            }
            return sets;
        } catch (NoSuchMethodException e) {
            issue(Severity.ERROR, method + ": @Parameters(\"" + p.value() + "\") names no static method "
                    + p.value() + "(ParameterContext) in " + type.getName(), MethodSource.from(method));
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            issue(Severity.ERROR, method + ": parameter factory failed: " + cause, MethodSource.from(method));
        }
        return null;
    }

    /** Keeps only the nodes on, above or below a selected unique id. */
    private void prune(TestDescriptor node) {
        for (TestDescriptor child : new ArrayList<>(node.getChildren())) {
            if (!selected(child.getUniqueId())) {
                child.removeFromHierarchy();
            } else {
                prune(child);
            }
        }
    }

    private boolean selected(UniqueId id) {
        List<UniqueId.Segment> mine = id.getSegments().subList(engine.getUniqueId().getSegments().size(),
                id.getSegments().size());
        for (List<UniqueId.Segment> f : idFilters) {
            int n = Math.min(f.size(), mine.size());
            if (f.subList(0, n).equals(mine.subList(0, n))) {
                return true;
            }
        }
        return false;
    }

    static TestSource classSource(Class<?> c) {
        return ClassSource.from(c);
    }
}
