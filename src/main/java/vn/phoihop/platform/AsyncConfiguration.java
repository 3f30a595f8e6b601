package vn.phoihop.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners between modules ({@code @ApplicationModuleListener}) run after the publishing transaction commits, on
 * Spring Boot's task executor, each in a transaction of its own: a failing listener never undoes or fails the
 * change that published the event, and the event publication registry keeps the event until the listener succeeds.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
