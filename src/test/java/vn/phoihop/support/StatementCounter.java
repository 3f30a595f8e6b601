package vn.phoihop.support;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements executed on the current thread while {@link #count} runs its work; inactive (a
 * thread-local that is unset) everywhere else, so the proxy costs the rest of the suite one lookup per statement.
 * Registered for every test context (it is in the scanned test package), so it adds no application context.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

    /** The number of statements {@code work} executed on this thread. */
    public static int count(ThrowingRunnable work) throws Exception {
        return statements(work).size();
    }

    /** The SQL of the statements {@code work} executed on this thread, in order (a batch counts once). */
    public static List<String> statements(ThrowingRunnable work) throws Exception {
        List<String> executed = new ArrayList<>();
        STATEMENTS.set(executed);
        try {
            work.run();
        }
        finally {
            STATEMENTS.remove();
        }
        return executed;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(beanName).afterQuery((execution, queries) -> {
                List<String> executed = STATEMENTS.get();
                if (executed != null) {
                    executed.add(queries.isEmpty() ? "" : queries.get(0).getQuery());
                }
            }).build();
        }
        return bean;
    }

    /** Work that may throw, such as a MockMvc request. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
