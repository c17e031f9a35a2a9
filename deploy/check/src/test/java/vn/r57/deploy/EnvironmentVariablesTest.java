package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The environment template.yaml gives each function is exactly what that function's {@code Config} reads (its
 * public String constants), every value comes from the stack rather than a hard-coded name, and every configuration
 * the stack can produce is one the function starts with.
 */
class EnvironmentVariablesTest {

    /** Read by the JVM itself, not by our code; declared so `sam local invoke --env-vars` may replace it. */
    private static final Set<String> FOR_THE_JVM = Set.of("JAVA_TOOL_OPTIONS");

    private final Template template = Template.load();

    @Test
    void eachFunctionGetsExactlyTheVariablesItsConfigReads() throws Exception {
        for (String id : template.functions().keySet()) {
            Set<String> declared = new TreeSet<>(template.environment(id).keySet());
            declared.removeAll(FOR_THE_JVM);

            assertEquals(constants(configOf(id)), declared, id);
        }
    }

    @Test
    void theNamesAreTheOnesEveryHelperReliesOn() throws Exception {
        assertEquals(Set.of("TABLE_NAME"), constants(configOf("SubmitFunction")));
        assertEquals(Set.of("TABLE_NAME", "BUCKET_NAME", "SITE_URL"), constants(configOf("RenderFunction")));
    }

    @Test
    void noValueIsAHardCodedName() {
        for (String id : template.functions().keySet()) {
            template.environment(id).forEach((name, value) -> {
                if (!FOR_THE_JVM.contains(name)) {
                    assertFalse(value.isValueNode(), id + " " + name + " = " + value + ": take it from the stack (!Ref, !Sub, !If)");
                }
            });
        }
    }

    @Test
    void everyConfigurationTheStackCanProduceStartsTheFunction() throws Exception {
        SampleValues samples = new SampleValues(template.root());
        for (String id : template.functions().keySet()) {
            Method fromEnvironment = configOf(id).getMethod("fromEnvironment", Map.class);
            for (Map<String, String> environment : combinations(template.environment(id), samples)) {
                assertDoesNotThrow(() -> fromEnvironment.invoke(null, environment), id + " with " + environment);
            }
        }
    }

    @Test
    void theSiteUrlIsTheCustomDomainOrTheDistributionsOwnWithoutATrailingSlash() {
        List<String> siteUrls = new SampleValues(template.root()).possible(template.environment("RenderFunction").get("SITE_URL"));

        assertEquals(List.of("https://r57.example.gov.vn", "https://d111111abcdef8.cloudfront.net"), siteUrls);
    }

    /** The handler's package holds its one Config record. */
    private Class<?> configOf(String functionId) throws ClassNotFoundException {
        String handler = template.functionProperty(functionId, "Handler").asText().split("::")[0];
        return Class.forName(handler.substring(0, handler.lastIndexOf('.')) + ".Config");
    }

    private static Set<String> constants(Class<?> config) throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : config.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static List<Map<String, String>> combinations(Map<String, JsonNode> variables, SampleValues samples) {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(new HashMap<>());
        for (Map.Entry<String, JsonNode> variable : variables.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (String value : samples.possible(variable.getValue())) {
                    Map<String, String> extended = new HashMap<>(partial);
                    extended.put(variable.getKey(), value);
                    next.add(extended);
                }
            }
            all = next;
        }
        return all;
    }
}
