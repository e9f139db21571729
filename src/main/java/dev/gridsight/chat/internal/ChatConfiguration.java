package dev.gridsight.chat.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Where streamed turns run: a few threads, a bounded queue, refusing beyond it. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ThreadPoolTaskExecutor chatTurns() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("chat-turn-");
		executor.setCorePoolSize(4);
		executor.setMaxPoolSize(8);
		executor.setQueueCapacity(100);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

}
