package org.psychodynamiclibrary.startup;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Starts Hibernate before the web server is made. Hibernate is the longest part of start-up (about 3 s on two
 * cores) and runs on a thread of its own (Spring Data's deferred bootstrap), and the content import waits for
 * it. Spring would make the entity manager factory, which starts that thread, only after the web server; making
 * the web server depend on it starts Hibernate about half a second earlier. The web server still does not wait
 * for Hibernate to finish. What it saves is measured in src/bench/README.md (start-up).
 */
@Component
class HibernateStartsFirst implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String ENTITY_MANAGER_FACTORY = "entityManagerFactory";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!beanFactory.containsBeanDefinition(ENTITY_MANAGER_FACTORY)
				|| !this.environment.getProperty("library.startup.hibernate-first", Boolean.class, true)) {
			return;
		}
		for (String name : beanFactory.getBeanNamesForType(ServletWebServerFactory.class, true, false)) {
			BeanDefinition webServerFactory = beanFactory.getBeanDefinition(name);
			webServerFactory
				.setDependsOn(StringUtils.addStringToArray(webServerFactory.getDependsOn(), ENTITY_MANAGER_FACTORY));
		}
	}

}
