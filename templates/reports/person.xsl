<?xml version="1.0" encoding="UTF-8"?>
<!--
  The personal 360 report, rendered from a personReport document
  (urn:survey360:report:1). Sections in the usual order of a 360 report:
  how to read it, participation, dimension summary (an SVG bar chart drawn
  here), self versus others, blind spots and hidden strengths, highest and
  lowest items, item detail, comments, trend, and why figures are withheld.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:survey360:report:1"
    exclude-result-prefixes="r">

  <xsl:include href="common.xsl"/>
  <xsl:include href="chart.xsl"/>

  <xsl:variable name="shown" select="/r:personReport/r:scores/r:column[@disposition = 'shown']"/>

  <!-- A column's cell of an item, by the column's group (report.xsd allows
       one column per group) and the item's id: the item table looks up
       every item in every column, and a predicate would compare every cell
       of the column each time. -->
  <xsl:key name="item-cell" match="r:column/r:item" use="concat(../@group, ' ', @ref)"/>
  <!-- The same for dimensions: the summary, the chart and the item table. -->
  <xsl:key name="dimension-cell" match="r:column/r:dimension" use="concat(../@group, ' ', @ref)"/>

  <xsl:template match="/r:personReport">
    <xsl:variable name="title">
      <xsl:call-template name="t"><xsl:with-param name="key" select="'title.person'"/></xsl:call-template>
    </xsl:variable>
    <html lang="{$lang}">
      <xsl:call-template name="head">
        <xsl:with-param name="title" select="concat('&#x2068;', r:person/@name, '&#x2069; · ', $title)"/>
      </xsl:call-template>
      <body>
        <header>
          <p class="kicker"><xsl:value-of select="$title"/></p>
          <h1><bdi><xsl:value-of select="r:person/@name"/></bdi></h1>
          <p class="meta">
            <xsl:value-of select="r:person/@title"/>
            <xsl:if test="r:person/@title and r:person/@departmentName"><xsl:text> · </xsl:text></xsl:if>
            <xsl:value-of select="r:person/@departmentName"/>
          </p>
          <xsl:call-template name="campaign-line"/>
        </header>
        <main>
          <xsl:call-template name="howto"/>
          <xsl:call-template name="participation"/>
          <xsl:call-template name="summary"/>
          <xsl:call-template name="self-others"/>
          <xsl:call-template name="findings"/>
          <xsl:call-template name="top-bottom"/>
          <xsl:call-template name="items"/>
          <xsl:call-template name="comments"/>
          <xsl:call-template name="trend"/>
          <xsl:call-template name="reasons"/>
        </main>
        <xsl:call-template name="footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="howto">
    <section id="how-to-read">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.howto'"/></xsl:call-template></h2>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'howto.scale'"/></xsl:call-template>
        <xsl:text> (</xsl:text>
        <xsl:call-template name="t"><xsl:with-param name="key" select="'label.scale'"/></xsl:call-template>
        <xsl:text>: </xsl:text><xsl:value-of select="$min"/><xsl:text>–</xsl:text><xsl:value-of select="$max"/>
        <xsl:text>)</xsl:text></p>
      <p class="note"><xsl:call-template name="t"><xsl:with-param name="key" select="'howto.confidential'"/></xsl:call-template></p>
      <details>
        <summary><xsl:call-template name="t"><xsl:with-param name="key" select="'howto.minimums'"/></xsl:call-template></summary>
        <ul class="inline">
          <xsl:for-each select="r:policy/r:minimum">
            <li>
              <xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template>
              <xsl:text>: </xsl:text><xsl:value-of select="@raters"/>
            </li>
          </xsl:for-each>
        </ul>
      </details>
    </section>
  </xsl:template>

  <xsl:template name="participation">
    <section id="participation">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.participation'"/></xsl:call-template></h2>
      <div class="table"><table>
        <thead><tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.group'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.invited'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.responded'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.rate'"/></xsl:call-template></th>
        </tr></thead>
        <tbody>
          <xsl:for-each select="r:participation/r:group">
            <tr>
              <th scope="row"><xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template></th>
              <td class="num"><xsl:value-of select="@invited"/></td>
              <td class="num"><xsl:value-of select="@responded"/></td>
              <td class="num"><xsl:call-template name="percent"><xsl:with-param name="value" select="@rate"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table></div>
      <xsl:if test="r:scores/r:column[@disposition != 'shown']">
        <ul class="notes">
          <xsl:for-each select="r:scores/r:column[@disposition != 'shown']">
            <li>
              <xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template>
              <xsl:text>: </xsl:text>
              <xsl:choose>
                <xsl:when test="@disposition = 'merged'">
                  <xsl:call-template name="t"><xsl:with-param name="key" select="'label.mergedInto'"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="group-name"><xsl:with-param name="group" select="@mergedInto"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:variable name="code" select="@withheld"/>
                  <xsl:call-template name="t-filled">
                    <xsl:with-param name="key" select="concat('reason.', $code)"/>
                    <xsl:with-param name="parameters" select="/*/r:reasons/r:reason[@code = $code]/r:parameter"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The bar chart, then the same figures as a table with n and intervals. -->
  <xsl:template name="summary">
    <section id="summary">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.summary'"/></xsl:call-template></h2>
      <xsl:call-template name="bar-chart"/>
      <div class="table"><table>
        <thead><tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.dimension'"/></xsl:call-template></th>
          <xsl:for-each select="$shown">
            <th scope="col" class="num"><xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template></th>
          </xsl:for-each>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.percentile'"/></xsl:call-template></th>
        </tr></thead>
        <tbody>
          <xsl:for-each select="r:labels/r:dimension">
            <xsl:variable name="id" select="@id"/>
            <tr>
              <th scope="row"><xsl:value-of select="@title"/></th>
              <xsl:for-each select="$shown">
                <td class="num"><xsl:apply-templates select="key('dimension-cell', concat(@group, ' ', $id))" mode="cell"/></td>
              </xsl:for-each>
              <td class="num"><xsl:call-template name="norm"><xsl:with-param name="norm" select="/r:personReport/r:norms/r:norm[@ref = $id]"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
          <tr class="total">
            <th scope="row"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.overall'"/></xsl:call-template></th>
            <xsl:for-each select="$shown">
              <td class="num"><xsl:apply-templates select="r:overall" mode="cell"/></td>
            </xsl:for-each>
            <td class="num"><xsl:call-template name="norm"><xsl:with-param name="norm" select="r:norms/r:norm[not(@ref)]"/></xsl:call-template></td>
          </tr>
        </tbody>
      </table></div>
    </section>
  </xsl:template>

  <xsl:template name="norm">
    <xsl:param name="norm"/>
    <xsl:choose>
      <xsl:when test="not($norm)"/>
      <xsl:when test="$norm/@withheld">
        <xsl:call-template name="withheld"><xsl:with-param name="code" select="$norm/@withheld"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($norm/@percentile, '0')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="self-others">
    <section id="self-others">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.selfothers'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="not(r:selfOtherGaps/r:gap)">
          <p><xsl:call-template name="t"><xsl:with-param name="key" select="'reason.self-rating-missing'"/></xsl:call-template></p>
        </xsl:when>
        <xsl:otherwise>
          <div class="table"><table>
            <thead><tr>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.dimension'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.others'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.gap'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.finding'"/></xsl:call-template></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="r:selfOtherGaps/r:gap">
                <tr class="{@finding}">
                  <th scope="row"><xsl:call-template name="dimension-title"/></th>
                  <td class="num"><xsl:call-template name="score"><xsl:with-param name="value" select="@self"/></xsl:call-template></td>
                  <td class="num"><xsl:call-template name="score"><xsl:with-param name="value" select="@others"/></xsl:call-template></td>
                  <td class="num"><xsl:if test="@gap &gt; 0">+</xsl:if><xsl:call-template name="score"><xsl:with-param name="value" select="@gap"/></xsl:call-template></td>
                  <td><xsl:call-template name="t"><xsl:with-param name="key" select="concat('finding.', @finding)"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The title of the dimension named by @ref, or "Overall". -->
  <xsl:template name="dimension-title">
    <xsl:variable name="ref" select="@ref"/>
    <xsl:choose>
      <xsl:when test="@ref"><xsl:value-of select="/r:personReport/r:labels/r:dimension[@id = $ref]/@title"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="key" select="'col.overall'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="findings">
    <section id="findings">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.findings'"/></xsl:call-template></h2>
      <p class="note"><xsl:call-template name="t"><xsl:with-param name="key" select="'findings.explain'"/></xsl:call-template></p>
      <xsl:variable name="found" select="r:selfOtherGaps/r:gap[@finding = 'blind-spot' or @finding = 'hidden-strength']"/>
      <xsl:choose>
        <xsl:when test="$found">
          <ul class="findings">
            <xsl:for-each select="$found">
              <li class="{@finding}">
                <strong><xsl:call-template name="t"><xsl:with-param name="key" select="concat('finding.', @finding)"/></xsl:call-template></strong>
                <xsl:text>: </xsl:text>
                <xsl:call-template name="dimension-title"/>
                <xsl:text> (</xsl:text>
                <xsl:call-template name="t"><xsl:with-param name="key" select="'col.self'"/></xsl:call-template>
                <xsl:text> </xsl:text><xsl:call-template name="score"><xsl:with-param name="value" select="@self"/></xsl:call-template>
                <xsl:text>, </xsl:text>
                <xsl:call-template name="t"><xsl:with-param name="key" select="'col.others'"/></xsl:call-template>
                <xsl:text> </xsl:text><xsl:call-template name="score"><xsl:with-param name="value" select="@others"/></xsl:call-template>
                <xsl:text>)</xsl:text>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p><xsl:call-template name="t"><xsl:with-param name="key" select="'label.none'"/></xsl:call-template></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="top-bottom">
    <section id="top-bottom">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.topbottom'"/></xsl:call-template></h2>
      <div class="columns">
        <xsl:call-template name="ranked"><xsl:with-param name="key" select="'label.highest'"/><xsl:with-param name="items" select="r:topItems/r:rankedItem"/></xsl:call-template>
        <xsl:call-template name="ranked"><xsl:with-param name="key" select="'label.lowest'"/><xsl:with-param name="items" select="r:bottomItems/r:rankedItem"/></xsl:call-template>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="ranked">
    <xsl:param name="key"/>
    <xsl:param name="items"/>
    <div>
      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="$key"/></xsl:call-template></h3>
      <xsl:choose>
        <xsl:when test="$items">
          <ol class="ranked">
            <xsl:for-each select="$items">
              <xsl:variable name="ref" select="@ref"/>
              <li>
                <span class="mean"><xsl:call-template name="score"><xsl:with-param name="value" select="@mean"/></xsl:call-template></span>
                <xsl:text> </xsl:text>
                <xsl:value-of select="/r:personReport/r:labels/r:dimension/r:item[@id = $ref]/@text"/>
                <span class="n"><xsl:text> n=</xsl:text><xsl:value-of select="@n"/></span>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise><p><xsl:call-template name="t"><xsl:with-param name="key" select="'label.none'"/></xsl:call-template></p></xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template name="items">
    <section id="items">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.items'"/></xsl:call-template></h2>
      <!-- The same head row over every dimension's table: built once. -->
      <xsl:variable name="head">
        <tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.item'"/></xsl:call-template></th>
          <xsl:for-each select="$shown">
            <th scope="col" class="num"><xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template></th>
          </xsl:for-each>
        </tr>
      </xsl:variable>
      <xsl:variable name="total-label">
        <xsl:call-template name="t"><xsl:with-param name="key" select="'col.dimension'"/></xsl:call-template>
      </xsl:variable>
      <xsl:for-each select="r:labels/r:dimension">
        <xsl:variable name="id" select="@id"/>
        <h3><xsl:value-of select="@title"/></h3>
        <div class="table"><table class="items">
          <thead><xsl:copy-of select="$head"/></thead>
          <tbody>
            <xsl:for-each select="r:item">
              <xsl:variable name="item" select="@id"/>
              <tr>
                <th scope="row"><xsl:value-of select="@text"/></th>
                <xsl:for-each select="$shown">
                  <td class="num"><xsl:apply-templates select="key('item-cell', concat(@group, ' ', $item))" mode="cell"/></td>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
            <tr class="total">
              <th scope="row"><xsl:value-of select="$total-label"/></th>
              <xsl:for-each select="$shown">
                <td class="num"><xsl:apply-templates select="key('dimension-cell', concat(@group, ' ', $id))" mode="cell"/></td>
              </xsl:for-each>
            </tr>
          </tbody>
        </table></div>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="trend">
    <section id="trend">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.trend'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="not(r:trends/@previousCampaign)">
          <p><xsl:call-template name="t"><xsl:with-param name="key" select="'trend.none'"/></xsl:call-template></p>
        </xsl:when>
        <xsl:otherwise>
          <p class="note"><xsl:call-template name="t"><xsl:with-param name="key" select="'trend.caveat'"/></xsl:call-template></p>
          <div class="table"><table>
            <thead><tr>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.group'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.dimension'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.previous'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.current'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.change'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.verdict'"/></xsl:call-template></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="r:trends/r:trend">
                <tr class="{@verdict}">
                  <th scope="row"><xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template></th>
                  <td><xsl:call-template name="dimension-title"/></td>
                  <xsl:choose>
                    <xsl:when test="@withheld">
                      <td class="num" colspan="4"><xsl:call-template name="withheld"><xsl:with-param name="code" select="@withheld"/></xsl:call-template></td>
                    </xsl:when>
                    <xsl:otherwise>
                      <td class="num"><xsl:call-template name="score"><xsl:with-param name="value" select="@previous"/></xsl:call-template></td>
                      <td class="num"><xsl:call-template name="score"><xsl:with-param name="value" select="@current"/></xsl:call-template></td>
                      <td class="num"><xsl:if test="@difference &gt; 0">+</xsl:if><xsl:call-template name="score"><xsl:with-param name="value" select="@difference"/></xsl:call-template></td>
                      <td><xsl:call-template name="t"><xsl:with-param name="key" select="concat('verdict.', @verdict)"/></xsl:call-template></td>
                    </xsl:otherwise>
                  </xsl:choose>
                </tr>
              </xsl:for-each>
            </tbody>
          </table></div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
