package jp.shingikai.app.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** How the pages are served. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * No rewriting of the pages' links into versioned resource URLs. Boot turns it on because the API documentation's
     * web jars are on the classpath, but no page links a versioned resource; and it looked every link of every page up
     * on the classpath, which in the packaged jar was half the CPU of rendering a page under load.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
