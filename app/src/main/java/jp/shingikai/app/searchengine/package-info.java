/**
 * The embedded Elasticsearch (or an external cluster) as the application uses it, and its health.
 */
@ApplicationModule(displayName = "検索エンジン (search engine)")
package jp.shingikai.app.searchengine;

import org.springframework.modulith.ApplicationModule;
