<?xml version="1.0" encoding="UTF-8"?>
<!--
  The dimension summary as an inline SVG bar chart: one block per
  dimension, one bar per shown column (self, superior, ..., all others),
  drawn on the questionnaire's scale. Colours come from report.css
  (classes g-self, g-superior, ...), so HR restyles them there.
  Expects $shown (the shown columns) and the key dimension-cell (a
  column's cell of a dimension) from the including stylesheet.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:survey360:report:1"
    exclude-result-prefixes="r">

  <xsl:variable name="chart-left" select="10"/>
  <xsl:variable name="chart-width" select="400"/>
  <xsl:variable name="bar-height" select="13"/>
  <xsl:variable name="bar-step" select="17"/>

  <xsl:template name="bar-chart">
    <xsl:variable name="columns" select="count($shown)"/>
    <xsl:variable name="block" select="26 + $columns * $bar-step"/>
    <xsl:variable name="height" select="24 + count(r:labels/r:dimension) * $block"/>
    <figure class="chart">
      <ul class="legend">
        <xsl:for-each select="$shown">
          <li><span class="swatch g-{@group}"></span><xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template></li>
        </xsl:for-each>
      </ul>
      <svg viewBox="0 0 480 {$height}" role="img" class="bars">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="t"><xsl:with-param name="key" select="'section.summary'"/></xsl:call-template>
        </xsl:attribute>
        <xsl:call-template name="ticks">
          <xsl:with-param name="value" select="$min"/>
          <xsl:with-param name="height" select="$height"/>
        </xsl:call-template>
        <xsl:for-each select="r:labels/r:dimension">
          <xsl:variable name="id" select="@id"/>
          <xsl:variable name="top" select="22 + (position() - 1) * $block"/>
          <text x="{$chart-left}" y="{$top + 15}" class="label"><xsl:value-of select="@title"/></text>
          <xsl:for-each select="$shown">
            <xsl:variable name="cell" select="key('dimension-cell', concat(@group, ' ', $id))"/>
            <xsl:variable name="y" select="$top + 22 + (position() - 1) * $bar-step"/>
            <xsl:choose>
              <xsl:when test="$cell/@mean">
                <xsl:variable name="width" select="($cell/@mean - $min) div ($max - $min) * $chart-width"/>
                <rect x="{$chart-left}" y="{$y}" height="{$bar-height}" class="g-{@group}">
                  <xsl:attribute name="width">
                    <xsl:choose>
                      <xsl:when test="$width &lt; 2">2</xsl:when>
                      <xsl:otherwise><xsl:value-of select="format-number($width, '0.0')"/></xsl:otherwise>
                    </xsl:choose>
                  </xsl:attribute>
                </rect>
                <text x="{format-number($chart-left + $width + 6, '0.0')}" y="{$y + 11}" class="value">
                  <xsl:value-of select="format-number($cell/@mean, '0.00')"/>
                </text>
              </xsl:when>
              <xsl:otherwise>
                <text x="{$chart-left + 6}" y="{$y + 11}" class="value">–</text>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:for-each>
      </svg>
    </figure>
  </xsl:template>

  <!-- A vertical grid line and its label for every scale point. -->
  <xsl:template name="ticks">
    <xsl:param name="value"/>
    <xsl:param name="height"/>
    <xsl:if test="$value &lt;= $max">
      <xsl:variable name="x" select="$chart-left + ($value - $min) div ($max - $min) * $chart-width"/>
      <line x1="{$x}" y1="16" x2="{$x}" y2="{$height}" class="grid"/>
      <text x="{$x}" y="12" class="tick"><xsl:value-of select="$value"/></text>
      <xsl:call-template name="ticks">
        <xsl:with-param name="value" select="$value + 1"/>
        <xsl:with-param name="height" select="$height"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
