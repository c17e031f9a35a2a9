package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every function in template.yaml names a class Lambda can start, and `sam build` has a target that builds it. */
class HandlersTest {

    private final Template template = Template.load();

    @Test
    void theTemplateDeploysExactlyTheTwoHandlers() {
        Map<String, String> handlers = new LinkedHashMap<>();
        template.functions().forEach((id, function) -> handlers.put(id, function.path("Properties").path("Handler").asText()));

        assertEquals(Map.of(
                "SubmitFunction", "vn.r57.submit.SubmitHandler::handleRequest",
                "RenderFunction", "vn.r57.render.RenderHandler::handleRequest"), handlers);
    }

    @Test
    void everyHandlerIsARequestHandlerWithThePublicNoArgumentConstructorLambdaCalls() throws Exception {
        for (String id : template.functions().keySet()) {
            String[] handler = template.functionProperty(id, "Handler").asText().split("::");
            Class<?> type = Class.forName(handler[0], false, getClass().getClassLoader());

            assertTrue(RequestHandler.class.isAssignableFrom(type), id + ": " + type + " implements RequestHandler");
            assertTrue(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()), id + ": public, concrete");
            Constructor<?> noArguments = type.getConstructor();
            assertTrue(Modifier.isPublic(noArguments.getModifiers()), id + ": public no-argument constructor");
            Method method = handleRequest(type, handler[1]);
            assertTrue(Modifier.isPublic(method.getModifiers()), id + ": " + handler[1] + " is public");
        }
    }

    @Test
    void everyFunctionRunsOnJava21Arm64AndIsBuiltByItsOwnMakefileTarget() throws IOException {
        String makefile = Files.readString(Repository.file("Makefile"));
        for (String id : template.functions().keySet()) {
            assertEquals("java21", template.functionProperty(id, "Runtime").asText(), id);
            assertEquals("[\"arm64\"]", template.functionProperty(id, "Architectures").toString(), id);
            assertEquals(".", template.functionProperty(id, "CodeUri").asText(), id + ": the Makefile runs at the root");
            assertEquals("makefile", template.resource(id).path("Metadata").path("BuildMethod").asText(), id);
            assertTrue(Pattern.compile("(?m)^build-" + id + ":").matcher(makefile).find(), "Makefile has build-" + id);
        }
    }

    private static Method handleRequest(Class<?> type, String name) throws NoSuchMethodException {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 2
                    && method.getParameterTypes()[1] == Context.class && !method.isBridge()) {
                return method;
            }
        }
        throw new NoSuchMethodException(type.getName() + "::" + name + "(event, Context)");
    }
}
