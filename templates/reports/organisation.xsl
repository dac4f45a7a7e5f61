<?xml version="1.0" encoding="UTF-8"?>
<!--
  The organisation summary, rendered from an organisationReport document:
  every department's satisfaction index and response rate, the department x
  department service matrix as its rated pairs by serving department, and
  the questionnaire's reliability.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:survey360:report:1"
    exclude-result-prefixes="r">

  <xsl:include href="common.xsl"/>

  <xsl:key name="by-server" match="r:serviceMatrix/r:cell" use="@server"/>
  <xsl:key name="department" match="r:departments/r:department" use="@id"/>
  <xsl:key name="row" match="r:serviceMatrix/r:rowTotal" use="@customer"/>
  <xsl:key name="column" match="r:serviceMatrix/r:columnTotal" use="@server"/>

  <xsl:template match="/r:organisationReport">
    <xsl:variable name="title">
      <xsl:call-template name="t"><xsl:with-param name="key" select="'title.organisation'"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="departments" select="r:departments/r:department"/>
    <xsl:variable name="rows" select="$departments[key('row', @id)]"/>
    <xsl:variable name="columns" select="$departments[key('column', @id)]"/>
    <html lang="{$lang}">
      <xsl:call-template name="head"><xsl:with-param name="title" select="$title"/></xsl:call-template>
      <body>
        <header>
          <p class="kicker"><xsl:value-of select="r:campaign/@title"/></p>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:call-template name="campaign-line"/>
        </header>
        <main>
          <section id="departments">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.index'"/></xsl:call-template></h2>
            <div class="table"><table>
              <thead><tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'label.department'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.mean'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.people'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'section.responseRate'"/></xsl:call-template></th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="$departments">
                  <tr>
                    <th scope="row"><bdi><xsl:value-of select="@name"/></bdi></th>
                    <xsl:choose>
                      <xsl:when test="r:satisfactionIndex/@withheld">
                        <td class="num"><xsl:call-template name="withheld"><xsl:with-param name="code" select="r:satisfactionIndex/@withheld"/></xsl:call-template></td>
                      </xsl:when>
                      <xsl:otherwise>
                        <td>
                          <xsl:attribute name="class">num heat <xsl:call-template name="heat"><xsl:with-param name="mean" select="r:satisfactionIndex/@mean"/></xsl:call-template></xsl:attribute>
                          <xsl:call-template name="score"><xsl:with-param name="value" select="r:satisfactionIndex/@mean"/></xsl:call-template>
                        </td>
                      </xsl:otherwise>
                    </xsl:choose>
                    <td class="num"><xsl:value-of select="@peopleRated"/></td>
                    <td class="num">
                      <xsl:choose>
                        <xsl:when test="r:responseRate/@withheld"><xsl:call-template name="withheld"><xsl:with-param name="code" select="r:responseRate/@withheld"/></xsl:call-template></xsl:when>
                        <xsl:otherwise><xsl:call-template name="percent"><xsl:with-param name="value" select="r:responseRate/@rate"/></xsl:call-template></xsl:otherwise>
                      </xsl:choose>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table></div>
          </section>
          <!-- The service matrix as its non-empty cells, by serving department:
               drawn densely it grew with the square of the organisation
               (4.4 million cells at 21,000 departments), mostly blank. -->
          <section id="matrix">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.matrix'"/></xsl:call-template></h2>
            <p class="note"><xsl:call-template name="t"><xsl:with-param name="key" select="'matrix.byServer'"/></xsl:call-template></p>
            <div class="table"><table class="matrix">
              <thead><tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.server'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.customer'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.mean'"/></xsl:call-template></th>
              </tr></thead>
              <xsl:for-each select="$columns">
                <xsl:variable name="cells" select="key('by-server', @id)"/>
                <tbody>
                  <tr class="total">
                    <th scope="rowgroup" rowspan="{count($cells) + 1}"><bdi><xsl:value-of select="@name"/></bdi></th>
                    <td><xsl:call-template name="t"><xsl:with-param name="key" select="'label.total'"/></xsl:call-template></td>
                    <xsl:call-template name="heat-cell"><xsl:with-param name="cell" select="key('column', @id)"/></xsl:call-template>
                  </tr>
                  <xsl:for-each select="$cells">
                    <tr>
                      <td><bdi><xsl:value-of select="key('department', @customer)/@name"/></bdi></td>
                      <xsl:call-template name="heat-cell"><xsl:with-param name="cell" select="."/></xsl:call-template>
                    </tr>
                  </xsl:for-each>
                </tbody>
              </xsl:for-each>
            </table></div>
            <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'matrix.customerTotals'"/></xsl:call-template></h3>
            <div class="table"><table class="matrix">
              <thead><tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.customer'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'label.total'"/></xsl:call-template></th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="$rows">
                  <tr>
                    <th scope="row"><bdi><xsl:value-of select="@name"/></bdi></th>
                    <xsl:call-template name="heat-cell"><xsl:with-param name="cell" select="key('row', @id)"/></xsl:call-template>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table></div>
          </section>
          <section id="reliability">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.reliability'"/></xsl:call-template></h2>
            <div class="table"><table>
              <thead><tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.dimension'"/></xsl:call-template></th>
                <th scope="col" class="num">α</th>
                <th scope="col" class="num">n</th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="r:analytics/r:alpha">
                  <xsl:variable name="ref" select="@ref"/>
                  <tr>
                    <th scope="row"><xsl:value-of select="/r:organisationReport/r:labels/r:dimension[@id = $ref]/@title"/></th>
                    <td class="num"><xsl:if test="@value"><xsl:value-of select="format-number(@value, '0.00')"/></xsl:if></td>
                    <td class="num"><xsl:value-of select="@completeCases"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table></div>
          </section>
          <xsl:call-template name="reasons"/>
        </main>
        <xsl:call-template name="footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="heat-cell">
    <xsl:param name="cell"/>
    <xsl:choose>
      <xsl:when test="not($cell)"><td></td></xsl:when>
      <xsl:when test="$cell/@withheld">
        <td class="heat"><xsl:call-template name="withheld"><xsl:with-param name="code" select="$cell/@withheld"/></xsl:call-template></td>
      </xsl:when>
      <xsl:otherwise>
        <td>
          <xsl:attribute name="class">heat <xsl:call-template name="heat"><xsl:with-param name="mean" select="$cell/@mean"/></xsl:call-template></xsl:attribute>
          <xsl:call-template name="score"><xsl:with-param name="value" select="$cell/@mean"/></xsl:call-template>
        </td>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
