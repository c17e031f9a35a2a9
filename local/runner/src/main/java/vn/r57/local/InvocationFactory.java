package vn.r57.local;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Gives each command that asks for it (a constructor taking an {@link Invocation}) the invocation it runs in. */
final class InvocationFactory implements CommandLine.IFactory {

    private final Invocation invocation;

    InvocationFactory(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Invocation.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(invocation));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
