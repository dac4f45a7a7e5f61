<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index page of a report set, rendered from the campaignReport
  document: response rates, links to the organisation summary, every
  department scorecard and every personal report, and the rules applied.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:survey360:report:1"
    exclude-result-prefixes="r">

  <xsl:include href="common.xsl"/>

  <xsl:key name="people" match="r:contents/r:personReport" use="@department"/>

  <xsl:template match="/r:campaignReport">
    <xsl:variable name="title">
      <xsl:call-template name="t"><xsl:with-param name="key" select="'title.index'"/></xsl:call-template>
    </xsl:variable>
    <html lang="{$lang}">
      <xsl:call-template name="head"><xsl:with-param name="title" select="concat(r:campaign/@title, ' · ', $title)"/></xsl:call-template>
      <body>
        <header>
          <p class="kicker"><xsl:value-of select="$title"/></p>
          <h1><xsl:value-of select="r:campaign/@title"/></h1>
          <xsl:call-template name="campaign-line"/>
        </header>
        <main>
          <section id="response-rates">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.responseRates'"/></xsl:call-template></h2>
            <p class="big"><xsl:call-template name="percent"><xsl:with-param name="value" select="r:responseRates/r:total/@rate"/></xsl:call-template></p>
            <p class="meta"><xsl:value-of select="r:responseRates/r:total/@submitted"/> / <xsl:value-of select="r:responseRates/r:total/@invited"/></p>
            <div class="table"><table>
              <thead><tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.group'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.invited'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.responded'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.rate'"/></xsl:call-template></th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="r:responseRates/r:group">
                  <tr>
                    <th scope="row"><xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template></th>
                    <td class="num"><xsl:value-of select="@invited"/></td>
                    <td class="num"><xsl:value-of select="@responded"/></td>
                    <td class="num"><xsl:call-template name="percent"><xsl:with-param name="value" select="@rate"/></xsl:call-template></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table></div>
          </section>
          <section id="organisation">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'title.organisation'"/></xsl:call-template></h2>
            <p><a href="{r:contents/r:organisationReport/@file}.html"><xsl:call-template name="t"><xsl:with-param name="key" select="'section.matrix'"/></xsl:call-template></a></p>
          </section>
          <section id="departments">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.departments'"/></xsl:call-template></h2>
            <ul class="people">
              <xsl:for-each select="r:contents/r:departmentReport">
                <li><a href="{@file}.html"><bdi><xsl:value-of select="@name"/></bdi></a></li>
              </xsl:for-each>
            </ul>
          </section>
          <section id="people">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.people'"/></xsl:call-template></h2>
            <xsl:for-each select="r:contents/r:departmentReport[key('people', @id)]">
              <h3><bdi><xsl:value-of select="@name"/></bdi></h3>
              <ul class="people">
                <xsl:for-each select="key('people', @id)">
                  <li><a href="{@file}.html"><bdi><xsl:value-of select="@name"/></bdi></a></li>
                </xsl:for-each>
              </ul>
            </xsl:for-each>
            <xsl:if test="r:contents/r:personReport[not(@department)]">
              <ul class="people">
                <xsl:for-each select="r:contents/r:personReport[not(@department)]">
                  <li><a href="{@file}.html"><bdi><xsl:value-of select="@name"/></bdi></a></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </section>
          <section id="rules">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.rules'"/></xsl:call-template></h2>
            <ul>
              <xsl:for-each select="r:appliedRules/r:rule">
                <xsl:variable name="variant" select="r:parameter[@name = 'weighting']/@value"/>
                <li>
                  <xsl:call-template name="t-filled">
                    <xsl:with-param name="key" select="concat('rule.', @code, substring('.', 1, string-length($variant)), $variant)"/>
                    <xsl:with-param name="parameters" select="r:parameter"/>
                  </xsl:call-template>
                </li>
              </xsl:for-each>
            </ul>
          </section>
        </main>
        <xsl:call-template name="footer"/>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
