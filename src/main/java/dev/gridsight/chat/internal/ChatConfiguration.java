package dev.gridsight.chat.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where streamed turns run: up to {@code gridsight.chat.turn-threads} at once (an LLM
 * turn mostly waits on its endpoint, so many may stream together), then a bounded queue,
 * refusing beyond it.
 */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	/**
	 * Not a default candidate: otherwise, as the only executor bean, Spring Boot would
	 * make it the STOMP channels' executor too (and create no application executor), so
	 * every frame sent to a browser would queue behind the turns and be refused with
	 * them.
	 */
	@Bean(defaultCandidate = false)
	ThreadPoolTaskExecutor chatTurns(@Value("${gridsight.chat.turn-threads:64}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("chat-turn-");
		// a pool grows past its core size only once the queue is full: core = max
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setAllowCoreThreadTimeOut(true);
		executor.setQueueCapacity(100);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

}
