package vn.r57.emulators;

import com.almworks.sqlite4java.SQLiteQueue;
import com.amazonaws.services.dynamodbv2.local.server.AbstractLocalDynamoDBServerHandler;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBClient;
import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.SQLiteDBAccess;
import com.amazonaws.services.dynamodbv2.local.shared.jobs.JobsRegister;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.eclipse.jetty.server.Server;

/**
 * The parts of DynamoDB Local 2.6.1 that it keeps private but an in-process server needs: its Jetty
 * server (to listen on loopback only) and the threads behind each database (to end them on close).
 * A DynamoDB Local upgrade that moves them fails here, loudly.
 */
final class DynamoDbLocalInternals {

    /** The non-daemon threads of one database: its background jobs and its SQLite queue. */
    record DatabaseThreads(ExecutorService backgroundJobs, SQLiteQueue sqliteQueue) {
    }

    private DynamoDbLocalInternals() {
    }

    static Server jetty(DynamoDBProxyServer server) {
        return (Server) read(DynamoDBProxyServer.class, server, "server");
    }

    /** One entry per database opened so far; DynamoDB Local opens a database on its first request. */
    static List<DatabaseThreads> databaseThreads(DynamoDBProxyServer server) {
        var serverHandler = (AbstractLocalDynamoDBServerHandler) read(DynamoDBProxyServer.class, server, "serverHandler");
        List<Object> requestHandlers = new ArrayList<>();
        requestHandlers.add(read(AbstractLocalDynamoDBServerHandler.class, serverHandler, "primaryHandler"));
        requestHandlers.addAll(((Map<?, ?>) read(AbstractLocalDynamoDBServerHandler.class, serverHandler, "secondaryHandlers")).values());
        List<DatabaseThreads> threads = new ArrayList<>();
        for (Object handler : requestHandlers) {
            if (handler instanceof LocalDynamoDBRequestHandler) {
                for (Object database : ((Map<?, ?>) read(LocalDynamoDBRequestHandler.class, handler, "dbRequestHandlers")).values()) {
                    if (database instanceof LocalDBClient) {
                        threads.add(threadsOf((LocalDBClient) database));
                    }
                }
            }
        }
        return threads;
    }

    private static DatabaseThreads threadsOf(LocalDBClient database) {
        JobsRegister jobs = (JobsRegister) read(LocalDBClient.class, database, "jobs");
        Object access = read(LocalDBClient.class, database, "dbAccess");
        SQLiteQueue queue = access instanceof SQLiteDBAccess
                ? (SQLiteQueue) read(SQLiteDBAccess.class, access, "queue")
                : null;
        return new DatabaseThreads((ExecutorService) read(JobsRegister.class, jobs, "threadPool"), queue);
    }

    private static Object read(Class<?> owner, Object instance, String fieldName) {
        try {
            Field field = owner.getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    owner.getName() + "." + fieldName + " is not where DynamoDB Local 2.6.1 keeps it", e);
        }
    }
}
