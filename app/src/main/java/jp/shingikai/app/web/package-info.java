/**
 * What every page shares: the layout, the error page, typed dates and the case-page helper.
 */
@ApplicationModule(displayName = "画面共通 (web)")
package jp.shingikai.app.web;

import org.springframework.modulith.ApplicationModule;
