package jp.shingikai.app.searchengine;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code spring.elasticsearch.uris} names no cluster, so the application runs its own engine. */
class ExternalSearchClusterAbsent implements Condition {

    static final String URIS = "spring.elasticsearch.uris";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment()).bind(URIS, Bindable.listOf(String.class))
                .map(uris -> uris.stream().allMatch(String::isBlank))
                .orElse(true);
    }
}
