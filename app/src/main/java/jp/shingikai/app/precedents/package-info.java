/**
 * 先例検索: how cases, papers and registry entries become search documents, the outbox indexer, and search pages and API.
 */
@ApplicationModule(displayName = "先例検索 (precedents)")
package jp.shingikai.app.precedents;

import org.springframework.modulith.ApplicationModule;
